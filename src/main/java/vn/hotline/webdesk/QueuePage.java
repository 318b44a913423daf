package vn.hotline.webdesk;

import java.util.List;

/**
 * What the queue page shows, ready for its template.
 *
 * @param scope whose queue it is: the viewer's name and units
 * @param summary how many tickets are shown of how many
 * @param choices the filters to choose a value from
 * @param checks the yes-or-no filters
 * @param search what was searched for, as typed
 * @param previous the previous page's address, empty on the first page
 * @param next the next page's address, empty on the last
 * @param changes the queue's change number the page shows, from which the page asks what is new
 */
public record QueuePage(
    String scope,
    String summary,
    List<QueueChoice> choices,
    List<QueueCheck> checks,
    String search,
    boolean narrowed,
    List<QueueRow> rows,
    String previous,
    String next,
    long changes) {}
