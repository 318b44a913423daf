package vn.hotline.triage;

/**
 * A report of the corpus the classifier learns from, and the code of the category it belongs to.
 */
public record LabelledReport(String category, String text) {}
