package vn.hotline.ticket;

/**
 * Who reported a ticket, as the channel knows them: enough to reply, nothing more. Never shown to
 * officers.
 *
 * @param channel the channel the report came through
 * @param id the person's address on that channel (for Telegram, the private chat id)
 */
public record Reporter(Channel channel, String id) {}
