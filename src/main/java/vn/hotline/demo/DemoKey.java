package vn.hotline.demo;

/**
 * A key of the reply keyboard the bot shows in place of a person's keyboard: pressing it sends its
 * text, or the person's location or phone number when it asks for them.
 */
public record DemoKey(String text, boolean requestsLocation, boolean requestsContact) {}
