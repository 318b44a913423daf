package vn.hotline.publicreport;

import vn.hotline.intake.DirectReports.Receipt;

/**
 * The result page: what the bot's first reply says, for a citizen who has no chat to receive it.
 *
 * @param call115 the advice to call 115, shown first when the report reads as urgent, else empty
 * @param photoLost whether a photo came with the report but did not reach the officers
 */
public record Result(Receipt receipt, String call115, boolean photoLost) {

  public boolean urgent() {
    return !call115.isEmpty();
  }
}
