package vn.hotline.ticket;

/**
 * A file that goes with a ticket, held by the channel (Telegram keeps photos; we keep their ids).
 *
 * @param kind what it is, e.g. {@code photo}
 * @param ref the channel's id for the file
 * @param byOfficer whether an officer attached it (proof of a resolution) rather than the citizen
 */
public record Attachment(String kind, String ref, boolean byOfficer) {}
