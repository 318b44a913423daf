package vn.hotline.webdesk;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import vn.hotline.desk.Desk;
import vn.hotline.desk.TicketLookup;
import vn.hotline.desk.TicketView;
import vn.hotline.notify.ChannelPhotos;
import vn.hotline.web.Pages;
import vn.hotline.web.Viewer;

/**
 * A ticket's photos, fetched from Telegram through the server (the browser never sees the bot's
 * token) and cached, for those who may see the ticket. Only images are served, with their type.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class PhotoController {
  private final Desk desk;
  private final Pages pages;
  private final Optional<ChannelPhotos> channel;
  private final PhotoCache cache;

  PhotoController(
      Desk desk,
      Pages pages,
      Optional<ChannelPhotos> channel,
      @Value("${hotline.web.photo-cache-bytes:64000000}") long cacheBytes) {
    this.desk = desk;
    this.pages = pages;
    this.channel = channel;
    this.cache = new PhotoCache(cacheBytes);
  }

  @Get(value = "/t/{code}/photos/{number}", produces = MediaType.ALL)
  HttpResponse<?> photo(
      HttpRequest<?> request, @PathVariable String code, @PathVariable int number) {
    Viewer viewer = request.getAttribute(Viewer.ATTRIBUTE, Viewer.class).orElseThrow();
    TicketLookup lookup = desk.ticketForWeb(viewer.officer().id(), viewer.locale(), code);
    if (lookup instanceof TicketLookup.Forbidden) {
      return pages.problem(request, viewer, HttpStatus.FORBIDDEN, "web.forbidden");
    }
    Optional<ChannelPhotos.Photo> photo =
        lookup instanceof TicketLookup.Found found && channel.isPresent()
            ? found
                .ticket()
                .photo(number)
                .map(TicketView.Photo::fileId)
                .flatMap(fileId -> cache.get(fileId, channel.get()::download))
                .filter(p -> p.contentType().startsWith("image/"))
            : Optional.empty();
    if (photo.isEmpty()) {
      return pages.problem(request, viewer, HttpStatus.NOT_FOUND, "web.notFound");
    }
    return HttpResponse.ok(photo.get().bytes())
        .contentType(photo.get().contentType())
        // Only this officer's browser keeps it: another officer may not see the ticket.
        .header("Cache-Control", "private, max-age=86400");
  }
}
