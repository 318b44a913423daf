package vn.hotline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.hotline.config.BotConfig;
import vn.hotline.messages.Messages;

/**
 * Makes the answers of the web desk's pages: a template's model with the {@link Page} every layout
 * needs, and the pages that refuse (403, 404) in the viewer's language.
 */
@Singleton
public final class Pages {
  private final Messages messages;

  Pages(BotConfig config) {
    this.messages = config.messages();
  }

  public PageText text(Locale locale) {
    return new PageText(messages, locale);
  }

  /** The page of a signed-in viewer; {@code titleKey} names its title in the message files. */
  public Page page(HttpRequest<?> request, Viewer viewer, String titleKey, Object... titleArgs) {
    PageText text = text(viewer.locale());
    return new Page(text.t(titleKey, titleArgs), text, viewer, request.getPath());
  }

  /** A page for someone not signed in, in the language of their cookie. */
  public Page anonymous(HttpRequest<?> request, String titleKey, Object... titleArgs) {
    PageText text = text(Languages.of(request));
    return new Page(text.t(titleKey, titleArgs), text, null, request.getPath());
  }

  /**
   * The template {@code template} (a file of {@code src/main/jte} without its extension) with
   * {@code page} and the named parameters: {@code name1, value1, name2, value2...}.
   */
  public static ModelAndView<Map<String, Object>> view(
      String template, Page page, Object... namesAndValues) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("page", page);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      model.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new ModelAndView<>(template, model);
  }

  public static MutableHttpResponse<?> ok(String template, Page page, Object... namesAndValues) {
    return HttpResponse.ok(view(template, page, namesAndValues));
  }

  /** A refusal as a page: 403 (not yours), 404 (no such thing) and the like. */
  public MutableHttpResponse<?> problem(
      HttpRequest<?> request, Viewer viewer, HttpStatus status, String messageKey, Object... args) {
    Page page =
        viewer == null
            ? anonymous(request, "web.problem.title")
            : page(request, viewer, "web.problem.title");
    return HttpResponse.status(status)
        .body(
            view("problem", page, "status", status.getCode(), "message", page.t(messageKey, args)));
  }
}
