package vn.hotline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.util.Locale;
import vn.hotline.messages.Messages;

/** The page language: Vietnamese unless the viewer chose English with the switch (a cookie). */
final class Languages {
  static final String COOKIE = "hotline_lang";

  private Languages() {}

  static Locale of(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(COOKIE)
        .map(Cookie::getValue)
        .map(Languages::parse)
        .orElse(Messages.VIETNAMESE);
  }

  static Locale parse(String code) {
    return "en".equalsIgnoreCase(code) ? Messages.ENGLISH : Messages.VIETNAMESE;
  }

  static boolean isEnglish(Locale locale) {
    return Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
