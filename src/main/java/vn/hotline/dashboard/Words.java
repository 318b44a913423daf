package vn.hotline.dashboard;

/** The words of the viewer's language by message key, e.g. {@code page::t}. */
@FunctionalInterface
interface Words {
  String t(String key, Object... args);
}
