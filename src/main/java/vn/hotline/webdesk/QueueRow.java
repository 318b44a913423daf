package vn.hotline.webdesk;

/**
 * One ticket as a line of the queue page, in the viewer's words. Plain text only: the template
 * escapes every field.
 *
 * @param urgency {@code urgent}, {@code high} or {@code normal}: the badge's style
 * @param urgencyLabel the badge's words, empty for a normal ticket (no badge)
 * @param state the state's name, for its style
 * @param due when what the ticket waits for is due, empty when nothing is
 * @param assignee who has the ticket, empty when nobody has
 */
public record QueueRow(
    String code,
    String href,
    String category,
    String urgency,
    String urgencyLabel,
    String place,
    String state,
    String stateLabel,
    String age,
    String due,
    boolean overdue,
    String assignee,
    String excerpt) {}
