package vn.hotline.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Webhook bodies as a hostile sender makes them, from a fixed seed: malformed JSON, wrong types,
 * missing fields, huge texts, deep nesting, invalid UTF-8, HTML and entities everywhere, forged
 * button data from strangers and officers, unknown commands, a wrong secret, a body over the size
 * limit. Each carries a fresh update id, where it has one at all, so that the store can be asked
 * whether a refused body left anything.
 */
final class HostileBodies {
  /** The Command Centre groups of the demo configuration. */
  static final List<Long> GROUPS = List.of(-1000025267L, -1000000691L, -1000000070L);

  /** The officers of the demo roster. */
  static final List<Long> OFFICERS = List.of(100001L, 100005L, 100002L, 100003L, 100004L);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 1024 * 1024;
  private static final List<String> HTML =
      List.of(
          "<b>đậm</b>",
          "<script>alert(1)</script>",
          "&amp;&lt;&gt;&quot;&#39;&#x1F600;&nbsp;&unknown;",
          "<a href=\"javascript:x\">x</a>",
          "</code></pre><i",
          "\" onmouseover=\"x",
          "{0} {1} %s %n ${jndi:ldap://x}",
          "\u202e\u200b\ufeff",
          "😷🏥💉",
          "chợ tự phát ở xã Phú Nghĩa");
  private static final List<String> FORGED_DATA =
      List.of(
          "d:q:2147483647",
          "d:q:-1",
          "d:rr:PN4K7Q:zzz",
          "d:rr:PN4K7Q:<b>",
          "d:::::",
          "d:",
          "d:a:",
          "d:a:ZZZZZZ",
          "d:as:PN4K7Q:99999999999999999999",
          "d:tt:PN4K7Q:../../etc",
          "d:dd:PN4K7Q:PN4K7Q",
          "d:t:PN4K7Q:<script>",
          "d:zz:PN4K7Q",
          "p:99999",
          "c:NOPE",
          "rc:PN4K7Q:NOPE",
          "ok:ZZZZ",
          "no:",
          ":::",
          "");
  private static final List<String> COMMANDS =
      List.of(
          "/xyz",
          "/start@otherbot arg",
          "/status <b>PN-4K7Q</b>",
          "/status",
          "/lang klingon",
          "/ack",
          "/ack ZZZZZZ",
          "/reject PN4K7Q #zzz",
          "/assign PN4K7Q 99999999999999999999",
          "/transfer PN4K7Q <b>xã</b>",
          "/dup PN4K7Q PN4K7Q",
          "/queue",
          "/mine",
          "/find <script>",
          "/t &amp;",
          "/",
          "//",
          "/" + "a".repeat(300));

  /** One body to post, with the secrets to post it with and what it is. */
  record Body(
      String kind,
      byte[] bytes,
      boolean rightPath,
      boolean rightHeader,
      long updateId,
      String answerableQuery) {}

  private final Random random;
  private long nextId;
  private long nextQuery = 7_000_000_000L;

  HostileBodies(long seed, long firstUpdateId) {
    this.random = new Random(seed);
    this.nextId = firstUpdateId;
  }

  Body next() {
    int dice = random.nextInt(1000);
    if (dice < 200) {
      return forgedPress();
    }
    if (dice < 300) {
      return withoutAField();
    }
    if (dice < 380) {
      return withAWrongType();
    }
    if (dice < 480) {
      return malformed();
    }
    if (dice < 520) {
      return notAnUpdate();
    }
    if (dice < 560) {
      return invalidUtf8();
    }
    if (dice < 590) {
      return deeplyNested();
    }
    if (dice < 610) {
      return huge();
    }
    if (dice < 612) {
      return overSize();
    }
    if (dice < 650) {
      return wrongSecret();
    }
    return wellFormedMessage();
  }

  private Body wellFormedMessage() {
    long id = nextId++;
    boolean inGroup = random.nextInt(4) == 0;
    long user = random.nextInt(5) == 0 ? pick(OFFICERS) : citizen();
    long chat = inGroup ? pick(GROUPS) : user;
    String text = random.nextBoolean() ? pick(COMMANDS) : words(1 + random.nextInt(12));
    ObjectNode update = message(id, chat, user, text);
    int shape = random.nextInt(5);
    ObjectNode message = (ObjectNode) update.get("message");
    if (shape == 0) {
      message.remove("text");
      var sizes = message.putArray("photo");
      sizes.addObject().put("file_id", "AgAD" + id).put("file_unique_id", "u" + id);
      message.put("caption", text);
    } else if (shape == 1) {
      message.remove("text");
      message
          .putObject("location")
          .put("latitude", random.nextDouble() * 200 - 100)
          .put("longitude", random.nextDouble() * 400 - 200);
    } else if (shape == 2) {
      message.remove("text");
      message
          .putObject("contact")
          .put("phone_number", pick(HTML))
          .put("first_name", pick(HTML))
          .put("user_id", user);
    }
    return new Body("message", bytes(update), true, true, id, null);
  }

  private Body forgedPress() {
    long id = nextId++;
    boolean inGroup = random.nextBoolean();
    long user = random.nextBoolean() ? pick(OFFICERS) : citizen();
    long chat = inGroup ? pick(GROUPS) : user;
    String query = String.valueOf(nextQuery++);
    String data =
        random.nextInt(4) == 0 ? pick(HTML) + "x".repeat(random.nextInt(2000)) : pick(FORGED_DATA);
    ObjectNode update = JSON.createObjectNode().put("update_id", id);
    ObjectNode press = update.putObject("callback_query");
    press.put("id", query).put("chat_instance", "-1").put("data", data);
    user(press.putObject("from"), user);
    if (random.nextInt(5) > 0) {
      ObjectNode message = press.putObject("message");
      message.put("message_id", 1 + random.nextInt(100_000)).put("date", 1_631_260_800L);
      chat(message.putObject("chat"), chat);
    }
    return new Body("forged press", bytes(update), true, true, id, query);
  }

  private Body withoutAField() {
    long id = nextId++;
    long user = citizen();
    boolean press = random.nextBoolean();
    ObjectNode update;
    ObjectNode holder;
    List<String> fields;
    if (press) {
      update = JSON.createObjectNode().put("update_id", id);
      holder = update.putObject("callback_query");
      holder.put("id", String.valueOf(nextQuery++)).put("data", pick(FORGED_DATA));
      user(holder.putObject("from"), user);
      ObjectNode message = holder.putObject("message").put("message_id", 5).put("date", 1);
      chat(message.putObject("chat"), user);
      fields = List.of("from", "message", "id", "data");
    } else {
      update = message(id, user, user, words(3));
      holder = (ObjectNode) update.get("message");
      if (random.nextBoolean()) {
        holder.remove("text");
        holder
            .putArray("photo")
            .addObject()
            .put("file_unique_id", "u")
            .put("height", 5)
            .put(random.nextBoolean() ? "file_id" : "nothing", "AgAD" + id);
      }
      fields = List.of("chat", "from", "text", "date", "message_id");
    }
    holder.remove(pick(fields));
    if (random.nextInt(3) == 0) {
      update.remove("update_id");
    }
    return new Body("missing field", bytes(update), true, true, id, null);
  }

  private Body withAWrongType() {
    long id = nextId++;
    long user = citizen();
    ObjectNode update = message(id, user, user, words(3));
    ObjectNode message = (ObjectNode) update.get("message");
    switch (random.nextInt(8)) {
      case 0 -> update.put("update_id", "abc");
      case 1 -> update.put("message", 5);
      case 2 -> message.put("chat", "x");
      case 3 -> ((ObjectNode) message.get("chat")).put("id", "1e400");
      case 4 -> message.putArray("text").add(1);
      case 5 -> message.put("message_id", 99_999_999_999L);
      case 6 -> ((ObjectNode) message.get("from")).put("id", true);
      default -> message.putObject("photo").put("width", "wide");
    }
    return new Body("wrong type", bytes(update), true, true, id, null);
  }

  private Body malformed() {
    long id = nextId++;
    String valid = message(id, 6_300_000_001L, 6_300_000_001L, words(4)).toString();
    String body =
        switch (random.nextInt(5)) {
          case 0 -> valid.substring(0, random.nextInt(valid.length()));
          case 1 -> valid.replace(':', random.nextBoolean() ? '=' : ' ');
          case 2 -> valid + "}}}";
          case 3 -> "\u0000\u0001" + valid;
          default ->
              random
                  .ints(random.nextInt(200), 0, 256)
                  .mapToObj(i -> String.valueOf((char) i))
                  .reduce("", String::concat);
        };
    return new Body("malformed", body.getBytes(StandardCharsets.UTF_8), true, true, id, null);
  }

  private Body notAnUpdate() {
    String body =
        pick(List.of("null", "[]", "1", "\"x\"", "{}", "{\"update_id\": null}", "true", ""));
    return new Body("not an update", body.getBytes(StandardCharsets.UTF_8), true, true, -1, null);
  }

  private Body invalidUtf8() {
    long id = nextId++;
    String valid = message(id, 6_300_000_002L, 6_300_000_002L, "XX" + words(3)).toString();
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    int at = valid.indexOf("XX");
    byte[][] broken = {
      {(byte) 0xC3, (byte) 0x28},
      {(byte) 0xFF, (byte) 0xFE},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x82}
    };
    byte[] bad = broken[random.nextInt(broken.length)];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.writeBytes(bad);
    out.write(bytes, at + 2, bytes.length - at - 2);
    return new Body("invalid UTF-8", out.toByteArray(), true, true, id, null);
  }

  private Body deeplyNested() {
    long id = nextId++;
    int depth = 500 + random.nextInt(20_000);
    String body =
        "{\"update_id\": "
            + id
            + ", \"message\": {\"message_id\": 1, \"date\": 1, \"x\": "
            + "[".repeat(depth)
            + "]".repeat(random.nextBoolean() ? depth : depth / 2)
            + "}}";
    return new Body("deeply nested", body.getBytes(StandardCharsets.UTF_8), true, true, id, null);
  }

  private Body huge() {
    long id = nextId++;
    long user = citizen();
    String text = (pick(HTML) + " " + words(5) + " ").repeat(50 + random.nextInt(4_000));
    int end = Math.min(text.length(), 300_000);
    end -= Character.isHighSurrogate(text.charAt(end - 1)) ? 1 : 0;
    ObjectNode update = message(id, user, user, text.substring(0, end));
    if (random.nextBoolean()) {
      ObjectNode message = (ObjectNode) update.get("message");
      message.put("caption", message.get("text").asText());
      message.remove("text");
      message
          .putArray("photo")
          .addObject()
          .put("file_id", "AgAD" + id)
          .put("file_unique_id", "u")
          .put("width", 1)
          .put("height", 1);
    }
    return new Body("huge", bytes(update), true, true, id, null);
  }

  private Body overSize() {
    long id = nextId++;
    ObjectNode update = message(id, 6_300_000_003L, 6_300_000_003L, "x".repeat(MAX_BODY + 1000));
    return new Body("over size", bytes(update), true, true, id, null);
  }

  private Body wrongSecret() {
    long id = nextId++;
    ObjectNode update = message(id, 6_300_000_004L, 6_300_000_004L, words(3));
    boolean path = random.nextBoolean();
    return new Body("wrong secret", bytes(update), path, !path && random.nextBoolean(), id, null);
  }

  private ObjectNode message(long id, long chat, long user, String text) {
    ObjectNode update = JSON.createObjectNode().put("update_id", id);
    ObjectNode message = update.putObject("message");
    message.put("message_id", 1 + random.nextInt(1_000_000)).put("date", 1_631_260_800L);
    user(message.putObject("from"), user);
    chat(message.putObject("chat"), chat);
    message.put("text", text);
    return update;
  }

  private void user(ObjectNode from, long id) {
    from.put("id", id).put("is_bot", false).put("first_name", pick(HTML));
    if (random.nextBoolean()) {
      from.put("language_code", pick(List.of("vi", "en", "<b>", "")));
    }
  }

  private static void chat(ObjectNode chat, long id) {
    chat.put("id", id).put("type", id < 0 ? "supergroup" : "private");
  }

  // Few citizens, each sending many: most of them soon meet the flood limit, as a flood would.
  private long citizen() {
    return 6_300_000_000L + random.nextInt(50);
  }

  private String words(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(pick(HTML)).append(' ');
    }
    return text.toString().strip();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static byte[] bytes(ObjectNode update) {
    return update.toString().getBytes(StandardCharsets.UTF_8);
  }
}
