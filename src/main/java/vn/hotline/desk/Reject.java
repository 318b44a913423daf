package vn.hotline.desk;

/** Closes the ticket without work, for a reason the officer wrote or picked from the list. */
final class Reject {
  private final TicketAccess access;

  Reject(TicketAccess access) {
    this.access = access;
  }

  void run(Asking a, String code, DeskRequest.Reason reason) {
    String text =
        switch (reason) {
          case DeskRequest.Reason.Written written -> written.text();
          case DeskRequest.Reason.Listed listed ->
              a.out.text("desk.reject.reason." + listed.number());
        };
    access.act(a, code, (t, o) -> t.reject(o, text, a.at), "desk.done.rejected");
  }
}
