package vn.hotline.desk;

import vn.hotline.intake.CitizenNotices;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.triage.PlaceTypeWords;
import vn.hotline.unit.UnitTree;

/** What officers do to tickets, one use case each, wired to the same parts of the desk. */
record OfficerActions(
    TicketAccess access,
    UnitNames unitNames,
    Acknowledge acknowledge,
    Assign assign,
    AskNote askNote,
    PostUpdate update,
    Resolve resolve,
    Transfer transfer,
    LinkDuplicate duplicate,
    MergeSimilar mergeSimilar,
    Reject reject) {

  static OfficerActions of(
      Tickets tickets,
      TicketChanges changes,
      DeskRoster roster,
      UnitTree units,
      CitizenNotices notices,
      Prompts prompts,
      SimilarReports similar,
      CardBoard board) {
    TicketAccess access = new TicketAccess(tickets, changes, roster, units, notices, board);
    UnitNames unitNames = new UnitNames(units, new PlaceTypeWords(units));
    return new OfficerActions(
        access,
        unitNames,
        new Acknowledge(access),
        new Assign(access, new OfficerNames(roster)),
        new AskNote(access, prompts),
        new PostUpdate(access),
        new Resolve(access),
        new Transfer(access, unitNames),
        new LinkDuplicate(access),
        new MergeSimilar(access, tickets, changes, similar, notices),
        new Reject(access));
  }

  /** An update or a result, as the note says. */
  void note(Asking a, DeskRequest.Note n) {
    if (n.action() == Prompt.Action.UPDATE) {
      update.run(a, n);
    } else {
      resolve.run(a, n);
    }
  }
}
