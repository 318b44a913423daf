package vn.hotline.desk;

/** An officer who holds the ticket reports the result, which closes the work on it. */
final class Resolve {
  private final TicketAccess access;

  Resolve(TicketAccess access) {
    this.access = access;
  }

  void run(Asking a, DeskRequest.Note n) {
    access.act(
        a, n.code(), (t, o) -> t.resolve(o, n.note(), n.attachment(), a.at), "desk.done.resolved");
  }
}
