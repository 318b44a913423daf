package vn.hotline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /openapi.yml}: the HTTP API as OpenAPI, written by micronaut-openapi when the service is
 * compiled (what it leaves out is in {@code openapi.properties}); {@code /docs}: Swagger UI showing
 * it, from the jar. The document needs a session or an API key ({@link SessionFilter}), the page a
 * session.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Hotline 1022 API",
            version = "${project.version}",
            description =
                "The figures and tickets of the hotline for partner systems and dashboards"
                    + " (`/api/v1`, with `Authorization: Bearer <key>` of a key from"
                    + " `bot-config/api-keys.yml`), and Open311 GeoReport v2 (`/open311/v2`)."))
@SecurityScheme(
    name = ApiDocsController.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A key from bot-config/api-keys.yml, made with the api-key command.")
@Controller
final class ApiDocsController {
  static final String DOCUMENT = "/openapi.yml";

  /** The name of the security scheme the {@code /api/v1} controllers require. */
  static final String BEARER = "apiKey";

  // The API's refusals as it writes them, shown as examples.
  static final String BAD_PARAMETER = "{\"error\": \"to is before from\", \"parameter\": \"to\"}";
  static final String NO_KEY = "{\"error\": \"a valid API key is required\", \"parameter\": null}";
  static final String NOT_COVERED =
      "{\"error\": \"this API key does not cover unit 70\", \"parameter\": \"unit\"}";

  /** Where micronaut-openapi puts the document ({@code micronaut.openapi.filename}). */
  private static final String GENERATED = "META-INF/swagger/hotline-api.yml";

  // YAML as RFC 9512 names it.
  private static final String YAML = "application/yaml";

  private final Pages pages;
  private final byte[] document;

  ApiDocsController(Pages pages) {
    this.pages = pages;
    this.document = generated();
  }

  // Whatever the client says it accepts: YAML has no media type every client knows.
  @Get(
      value = DOCUMENT,
      produces = {YAML, MediaType.ALL})
  HttpResponse<byte[]> document() {
    return HttpResponse.ok(document).contentType(YAML + ";charset=utf-8");
  }

  @Get(value = "/docs", produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(HttpRequest<?> request, @RequestAttribute(Viewer.ATTRIBUTE) Viewer viewer) {
    return Pages.ok("docs", pages.page(request, viewer, "docs.title"), "document", DOCUMENT);
  }

  private static byte[] generated() {
    try (InputStream in = ApiDocsController.class.getClassLoader().getResourceAsStream(GENERATED)) {
      if (in == null) {
        throw new IllegalStateException(GENERATED + " is missing: the build writes it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
