package vn.hotline.desk;

/**
 * What came of a request from the web desk: whether the ticket changed, and what the desk says
 * about it (in the officer's language, plain text), the same words as on Telegram.
 */
public record WebOutcome(boolean done, String message) {}
