package vn.hotline.telegram;

/** The fake's answer to one call, as status and JSON; a {@code lost} answer is never written. */
record FakeAnswer(int status, String json, long messageId, boolean lost, String error) {

  static FakeAnswer ok(String json, long messageId) {
    return new FakeAnswer(200, json, messageId, false, null);
  }

  static FakeAnswer error(int status, String description) {
    return error(status, description, null);
  }

  static FakeAnswer error(int status, String description, Integer retryAfter) {
    return new FakeAnswer(
        status, BotApiJson.error(status, description, retryAfter), 0, false, description);
  }

  FakeAnswer lose() {
    return new FakeAnswer(status, json, messageId, true, error);
  }
}
