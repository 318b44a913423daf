package vn.hotline.desk;

/** An officer claims a new ticket for their unit. */
final class Acknowledge {
  private final TicketAccess access;

  Acknowledge(TicketAccess access) {
    this.access = access;
  }

  void run(Asking a, String code) {
    access.act(a, code, (t, officer) -> t.acknowledge(officer, a.at), "desk.done.acknowledged");
  }
}
