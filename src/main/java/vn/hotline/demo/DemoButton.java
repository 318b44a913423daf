package vn.hotline.demo;

/**
 * A button of an inline keyboard under a bot message: pressing it sends {@code callbackData} back.
 */
public record DemoButton(String text, String callbackData) {}
