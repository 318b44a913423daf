package vn.hotline.open311;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.messages.Messages;

/**
 * What every Open311 endpoint reads first and how each answers: the document the path names, in the
 * format of its extension and the language of {@code locale}; answers and the spec's errors in that
 * format.
 */
final class Open311Http {
  private Open311Http() {}

  /** The path's document, format and language, or the refusal that says which is wrong. */
  sealed interface Asked {}

  /** {@code name} without its extension, to be answered in {@code format} and {@code locale}. */
  record Document(String name, Open311Format format, Locale locale) implements Asked {}

  record Refused(HttpResponse<String> answer) implements Asked {}

  static Asked read(String file, String locale) {
    Optional<Open311Format.Named> named = Open311Format.split(file);
    if (named.isEmpty()) {
      return new Refused(notFound(Open311Format.JSON));
    }
    Open311Format format = named.get().format();
    return language(locale)
        .<Asked>map(language -> new Document(named.get().name(), format, language))
        .orElseGet(() -> new Refused(badLocale(format)));
  }

  /** Vietnamese unless {@code en}; empty for anything else. */
  static Optional<Locale> language(String locale) {
    if (locale == null || locale.isBlank() || locale.equals("vi")) {
      return Optional.of(Messages.VIETNAMESE);
    }
    return locale.equals("en") ? Optional.of(Messages.ENGLISH) : Optional.empty();
  }

  static HttpResponse<String> badLocale(Open311Format format) {
    return refusal(Open311Error.badRequest("locale must be vi or en"), format);
  }

  static HttpResponse<String> notFound(Open311Format format) {
    return refusal(Open311Error.notFound("no such Open311 document"), format);
  }

  static MutableHttpResponse<String> refusal(Open311Error error, Open311Format format) {
    return HttpResponse.<String>status(HttpStatus.valueOf(error.code()))
        .contentType(format.contentType())
        .body(Open311Writer.write(error.document(), format));
  }

  static HttpResponse<String> answer(Open311Document document, Open311Format format) {
    return HttpResponse.ok(Open311Writer.write(document, format)).contentType(format.contentType());
  }
}
