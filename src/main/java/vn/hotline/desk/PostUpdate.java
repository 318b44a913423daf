package vn.hotline.desk;

/** An officer who holds the ticket tells how the work goes, with a photo or without. */
final class PostUpdate {
  private final TicketAccess access;

  PostUpdate(TicketAccess access) {
    this.access = access;
  }

  void run(Asking a, DeskRequest.Note n) {
    access.act(
        a,
        n.code(),
        (t, o) -> t.postUpdate(o, n.note(), n.attachment(), a.at),
        "desk.done.updated");
  }
}
