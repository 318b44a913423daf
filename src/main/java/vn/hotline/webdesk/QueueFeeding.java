package vn.hotline.webdesk;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import vn.hotline.ticket.TicketFeed;

/**
 * Joins the open tickets to the ticket feed as soon as the feed exists, before it starts: the
 * feed's reading of every stored ticket at start-up fills them, and every change after it (this
 * instance's saves, other instances' changes read by its polls) keeps them current.
 */
@Singleton
final class QueueFeeding implements BeanCreatedEventListener<TicketFeed> {
  private final OpenTickets open;

  QueueFeeding(OpenTickets open) {
    this.open = open;
  }

  @Override
  public TicketFeed onCreated(BeanCreatedEvent<TicketFeed> event) {
    TicketFeed feed = event.getBean();
    feed.feed(open::update);
    return feed;
  }
}
