package vn.hotline.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.SequencedSet;
import java.util.Set;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.triage.PlaceTypeWords;
import vn.hotline.unit.NameKey;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * Finds reports that repeat one another: open tickets of the same queue and category, filed within
 * a day of each other, whose texts are alike. Texts are compared as counts of pairs of neighbouring
 * folded syllables (Vietnamese words are mostly two syllables), leaving out the names of the place
 * and type words, which every report of a commune shares; the measure is their cosine similarity.
 * The first such ticket heads a cluster; the others join it, so that twenty reports of one market
 * make one card. Kept in memory and rebuilt at start-up from the store: a hint for officers, who
 * decide.
 */
public final class SimilarReports {
  static final Duration WINDOW = Duration.ofHours(24);
  static final double THRESHOLD = 0.5;
  private static final int LATEST_MEMBERS = 8;

  private final UnitTree units;
  private final Set<String> typeWords;
  // The cluster of every open report, by its code.
  private final Map<TicketCode, Cluster> clusterOf = new HashMap<>();
  // Per queue, its clusters from the least to the most recently joined.
  private final Map<String, SequencedSet<Cluster>> byQueue = new HashMap<>();

  public SimilarReports(UnitTree units) {
    this.units = units;
    this.typeWords = new PlaceTypeWords(units).syllables();
  }

  private record Report(TicketCode code, String queue, WordPairs words, Instant filedAt) {
    double similarity(Report other) {
      boolean recent = Duration.between(other.filedAt, filedAt).abs().compareTo(WINDOW) <= 0;
      return recent ? words.cosine(other.words) : 0;
    }
  }

  /** Open reports taken for one another; identity is the cluster's. */
  private static final class Cluster {
    Report head;
    // Every member, the head included, in the order they were filed.
    final SequencedMap<TicketCode, Report> members = new LinkedHashMap<>();
    // The latest members other than the head, newest first: those a new report is compared with.
    final Deque<Report> latest = new ArrayDeque<>();

    Cluster(Report head) {
      this.head = head;
      members.put(head.code(), head);
    }

    // The best cosine of the report with the head and the latest members filed within the window.
    double similarity(Report report) {
      double best = report.similarity(head);
      for (Report member : latest) {
        best = Math.max(best, report.similarity(member));
      }
      return best;
    }

    void join(Report member) {
      members.put(member.code(), member);
      latest.addFirst(member);
      if (latest.size() > LATEST_MEMBERS) {
        latest.removeLast();
      }
    }
  }

  /**
   * Takes note of a ticket as saved. A ticket newly in a queue joins the cluster of the most
   * similar open ticket there, or starts its own; one that left its queue or closed is forgotten.
   *
   * @return the member that heads the cluster from now on, when the ticket headed one and left it
   */
  public synchronized Optional<TicketCode> saw(Ticket ticket) {
    TicketCode code = ticket.code();
    Cluster current = clusterOf.get(code);
    Report known = current == null ? null : current.members.get(code);
    String queue = queueOf(ticket);
    Optional<TicketCode> successor = Optional.empty();
    if (known != null && (!ticket.state().awaitsOfficer() || !known.queue().equals(queue))) {
      successor = forget(known);
      known = null;
    }
    if (known != null || !ticket.state().awaitsOfficer()) {
      return successor;
    }
    Report report = new Report(code, queue, words(ticket), ticket.deadlines().filedAt());
    SequencedSet<Cluster> clusters = byQueue.computeIfAbsent(queue, q -> new LinkedHashSet<>());
    Cluster cluster = mostSimilar(clusters, report);
    if (cluster == null) {
      cluster = new Cluster(report);
    } else {
      clusters.remove(cluster);
      cluster.join(report);
    }
    clusters.addLast(cluster);
    clusterOf.put(code, cluster);
    return successor;
  }

  /** The head of the ticket's cluster, when it is one of several and not the head itself. */
  public synchronized Optional<TicketCode> headOf(TicketCode code) {
    Cluster cluster = clusterOf.get(code);
    return cluster == null || cluster.head.code().equals(code)
        ? Optional.empty()
        : Optional.of(cluster.head.code());
  }

  /** The other open tickets of the cluster {@code code} heads, in the order they were filed. */
  public synchronized List<TicketCode> membersOf(TicketCode code) {
    Cluster cluster = clusterOf.get(code);
    if (cluster == null || !cluster.head.code().equals(code)) {
      return List.of();
    }
    return cluster.members.keySet().stream().filter(member -> !member.equals(code)).toList();
  }

  /**
   * Open tickets of the same queue and category that look like {@code ticket}, the most similar
   * first: the choices offered when an officer marks it as a duplicate.
   */
  public synchronized List<TicketCode> alike(Ticket ticket, int limit) {
    TicketCode code = ticket.code();
    WordPairs words = words(ticket);
    Map<TicketCode, Double> scores = new LinkedHashMap<>();
    for (Cluster cluster : byQueue.getOrDefault(queueOf(ticket), new LinkedHashSet<>())) {
      for (Report other : cluster.members.values()) {
        double score = words.cosine(other.words());
        if (!other.code().equals(code) && score >= THRESHOLD) {
          scores.put(other.code(), score);
        }
      }
    }
    return scores.entrySet().stream()
        .sorted(Map.Entry.<TicketCode, Double>comparingByValue().reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  // Compared with each cluster's head and its latest members only, the most recently joined
  // clusters first: a market reported a thousand times is matched as well by its last few reports
  // as by all of them, and costs one comparison of a cluster, not a thousand.
  private static Cluster mostSimilar(SequencedSet<Cluster> clusters, Report report) {
    Cluster best = null;
    double bestScore = THRESHOLD;
    for (Cluster cluster : clusters.reversed()) {
      double score = cluster.similarity(report);
      // Newest first: an equal score does not replace a later cluster.
      if (best == null ? score >= bestScore : score > bestScore) {
        best = cluster;
        bestScore = score;
      }
    }
    return best;
  }

  // A head that leaves hands its cluster to the next member, so the others are not orphaned.
  private Optional<TicketCode> forget(Report report) {
    Cluster cluster = clusterOf.remove(report.code());
    cluster.members.remove(report.code());
    cluster.latest.remove(report);
    if (cluster.members.isEmpty()) {
      byQueue.get(report.queue()).remove(cluster);
      return Optional.empty();
    }
    if (cluster.head != report) {
      return Optional.empty();
    }
    cluster.head = cluster.members.firstEntry().getValue();
    cluster.latest.remove(cluster.head);
    return Optional.of(cluster.head.code());
  }

  private static String queueOf(Ticket ticket) {
    return ticket.whereabouts().unitCode() + "|" + ticket.reported().category();
  }

  /** The pairs of neighbouring syllables of the ticket's text, without names of its place. */
  WordPairs words(Ticket ticket) {
    Set<String> place = new HashSet<>(typeWords);
    units
        .find(ticket.whereabouts().placeOrUnit())
        .ifPresent(
            unit -> {
              List<Unit> chain = new ArrayList<>(units.ancestors(unit));
              chain.add(unit);
              chain.forEach(u -> place.addAll(List.of(NameKey.fold(u.name()).split(" "))));
            });
    List<String> kept =
        Arrays.stream(NameKey.fold(ticket.reported().text()).split(" "))
            .filter(
                w -> !w.isEmpty() && !place.contains(w) && !w.chars().allMatch(Character::isDigit))
            .toList();
    return WordPairs.of(kept);
  }
}
