package vn.hotline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.net.URI;
import java.time.Duration;

/** The language switch: remembers the choice in a cookie and goes back to the page. */
@Controller("/lang")
final class LanguageController {

  @Get
  HttpResponse<?> choose(@QueryValue String to, @Nullable @QueryValue String back) {
    Cookie choice =
        Cookie.of(Languages.COOKIE, Languages.parse(to).getLanguage())
            .path("/")
            .maxAge(Duration.ofDays(365))
            .sameSite(SameSite.Lax);
    return HttpResponse.seeOther(URI.create(localPath(back))).cookie(choice);
  }

  // Only a path of this site: "//host" or "https://host" would send people elsewhere.
  private static String localPath(String back) {
    if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
      return "/";
    }
    return back;
  }
}
