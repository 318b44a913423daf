package vn.hotline.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.hotline.roster.OfficerId;
import vn.hotline.unit.UnitCode;

/**
 * Tickets that tell their watchers about every ticket they save, filed or changed, whoever saved
 * it: the desk keeps its cards current without every caller remembering to tell it. A watcher runs
 * after the save and on the saving thread; if it fails, the caller sees the failure and redoes its
 * work, which files or changes nothing twice and tells the watchers again.
 */
public final class WatchedTickets implements Tickets {
  private final Tickets stored;
  private final List<Consumer<Ticket>> watchers = new CopyOnWriteArrayList<>();

  public WatchedTickets(Tickets stored) {
    this.stored = stored;
  }

  /** Adds a watcher for every ticket saved from now on. */
  public void watch(Consumer<Ticket> watcher) {
    watchers.add(watcher);
  }

  @Override
  public Ticket file(NewTicket draft) {
    Ticket filed = stored.file(draft);
    tell(filed);
    return filed;
  }

  @Override
  public boolean replace(Ticket current, Ticket changed) {
    boolean saved = stored.replace(current, changed);
    if (saved) {
      tell(changed);
    }
    return saved;
  }

  private void tell(Ticket ticket) {
    watchers.forEach(watcher -> watcher.accept(ticket));
  }

  @Override
  public Optional<Ticket> filedFrom(String origin) {
    return stored.filedFrom(origin);
  }

  @Override
  public Optional<Ticket> find(String typedCode) {
    return stored.find(typedCode);
  }

  @Override
  public List<Ticket> reportedBy(Channel channel, String reporterId, int limit) {
    return stored.reportedBy(channel, reporterId, limit);
  }

  @Override
  public List<Ticket> queue(Collection<UnitCode> unitCodes, int limit) {
    return stored.queue(unitCodes, limit);
  }

  @Override
  public List<Ticket> claimedBy(OfficerId officerId, int limit) {
    return stored.claimedBy(officerId, limit);
  }

  @Override
  public List<Ticket> latestIn(Collection<UnitCode> unitCodes, int limit) {
    return stored.latestIn(unitCodes, limit);
  }

  @Override
  public List<Ticket> openFiledSince(Instant since) {
    return stored.openFiledSince(since);
  }

  @Override
  public List<Ticket> duplicatesOf(TicketCode code) {
    return stored.duplicatesOf(code);
  }

  @Override
  public void each(Consumer<Ticket> action) {
    stored.each(action);
  }

  @Override
  public List<Ticket> changedSince(Instant since, int limit) {
    return stored.changedSince(since, limit);
  }

  @Override
  public List<Ticket> search(TicketSearch search, int skip, int limit) {
    return stored.search(search, skip, limit);
  }
}
