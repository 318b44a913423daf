package vn.hotline.publicreport;

/** What became of a report form that was sent. */
sealed interface Sending {

  /** Not sent: the form again, with why ({@code messageKey}). */
  record Invalid(ReportForm form, String messageKey) implements Sending {}

  /** Not filed yet: the citizen must choose. */
  record Asking(Choosing choosing) implements Sending {}

  /**
   * Filed (or filed before from the same form) as the ticket {@code code}.
   *
   * @param photoLost whether a photo came with it but could not be passed to the officers
   */
  record Filed(String code, boolean photoLost) implements Sending {}
}
