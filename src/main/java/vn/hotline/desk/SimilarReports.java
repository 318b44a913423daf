package vn.hotline.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.CosineSimilarity;
import vn.hotline.ticket.Ticket;
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
  private static final Set<String> TYPE_WORDS =
      Set.of(
          "o", "tai", "xa", "phuong", "thi", "tran", "tt", "ap", "thon", "khu", "pho", "huyen",
          "tinh", "thanh");
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  private final UnitTree units;
  private final Map<String, Report> byCode = new HashMap<>();
  private final Map<String, List<Report>> byQueue = new HashMap<>();

  public SimilarReports(UnitTree units) {
    this.units = units;
  }

  private record Report(
      String code, String queue, Map<CharSequence, Integer> words, Instant filedAt, String head) {}

  /**
   * Takes note of a ticket as saved. A ticket newly in a queue joins the cluster of the most
   * similar open ticket there, or starts its own; one that left its queue or closed is forgotten.
   *
   * @return the member that heads the cluster from now on, when the ticket headed one and left it
   */
  public synchronized Optional<String> saw(Ticket ticket) {
    String code = ticket.code().toString();
    Report known = byCode.get(code);
    String queue = queueOf(ticket);
    Optional<String> successor = Optional.empty();
    if (known != null && (!ticket.state().awaitsOfficer() || !known.queue().equals(queue))) {
      successor = forget(known);
      known = null;
    }
    if (known != null || !ticket.state().awaitsOfficer()) {
      return successor;
    }
    Map<CharSequence, Integer> words = words(ticket);
    String head = mostSimilar(queue, words, ticket.filedAt()).map(Report::head).orElse(code);
    Report report = new Report(code, queue, words, ticket.filedAt(), head);
    byCode.put(code, report);
    byQueue.computeIfAbsent(queue, q -> new ArrayList<>()).add(report);
    return successor;
  }

  /** The head of the ticket's cluster, when it is one of several and not the head itself. */
  public synchronized Optional<String> headOf(String code) {
    Report report = byCode.get(code);
    return report == null || report.head().equals(code)
        ? Optional.empty()
        : Optional.of(report.head());
  }

  /** The other open tickets of the cluster {@code code} heads, in the order they were filed. */
  public synchronized List<String> membersOf(String code) {
    Report head = byCode.get(code);
    if (head == null) {
      return List.of();
    }
    return byQueue.getOrDefault(head.queue(), List.of()).stream()
        .filter(r -> r.head().equals(code) && !r.code().equals(code))
        .map(Report::code)
        .toList();
  }

  /**
   * Open tickets of the same queue and category that look like {@code ticket}, the most similar
   * first: the choices offered when an officer marks it as a duplicate.
   */
  public synchronized List<String> alike(Ticket ticket, int limit) {
    String code = ticket.code().toString();
    Map<CharSequence, Integer> words = words(ticket);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Report other : byQueue.getOrDefault(queueOf(ticket), List.of())) {
      double score = COSINE.cosineSimilarity(words, other.words());
      if (!other.code().equals(code) && score >= THRESHOLD) {
        scores.put(other.code(), score);
      }
    }
    return scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  // Compared with each cluster's head and its latest members only: a market reported a thousand
  // times is matched as well by its last few reports as by all of them, at a bounded cost.
  private Optional<Report> mostSimilar(
      String queue, Map<CharSequence, Integer> words, Instant filedAt) {
    List<Report> reports = byQueue.getOrDefault(queue, List.of());
    Map<String, Integer> comparedPerCluster = new HashMap<>();
    Report best = null;
    double bestScore = THRESHOLD;
    for (int i = reports.size() - 1; i >= 0; i--) {
      Report other = reports.get(i);
      boolean head = other.head().equals(other.code());
      if (!head && comparedPerCluster.merge(other.head(), 1, Integer::sum) > LATEST_MEMBERS) {
        continue;
      }
      boolean recent = Duration.between(other.filedAt(), filedAt).abs().compareTo(WINDOW) <= 0;
      double score = recent ? COSINE.cosineSimilarity(words, other.words()) : 0;
      // Newest first: an equal score does not replace a later report.
      if (best == null ? score >= bestScore : score > bestScore) {
        best = other;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  // A head that leaves hands its cluster to the next member, so the others are not orphaned.
  private Optional<String> forget(Report report) {
    byCode.remove(report.code());
    List<Report> queue = byQueue.getOrDefault(report.queue(), new ArrayList<>());
    queue.remove(report);
    String successor = null;
    for (int i = 0; i < queue.size(); i++) {
      Report member = queue.get(i);
      if (member.head().equals(report.code())) {
        successor = successor == null ? member.code() : successor;
        Report moved =
            new Report(member.code(), member.queue(), member.words(), member.filedAt(), successor);
        queue.set(i, moved);
        byCode.put(member.code(), moved);
      }
    }
    return Optional.ofNullable(successor);
  }

  private static String queueOf(Ticket ticket) {
    return ticket.unitCode() + "|" + ticket.category();
  }

  /** The pairs of neighbouring syllables of the ticket's text, without names of its place. */
  Map<CharSequence, Integer> words(Ticket ticket) {
    Set<String> place = new HashSet<>(TYPE_WORDS);
    units
        .find(ticket.placeCode().isEmpty() ? ticket.unitCode() : ticket.placeCode())
        .ifPresent(
            unit -> {
              List<Unit> chain = new ArrayList<>(units.ancestors(unit));
              chain.add(unit);
              chain.forEach(u -> place.addAll(List.of(NameKey.fold(u.name()).split(" "))));
            });
    List<String> kept =
        Arrays.stream(NameKey.fold(ticket.text()).split(" "))
            .filter(
                w -> !w.isEmpty() && !place.contains(w) && !w.chars().allMatch(Character::isDigit))
            .toList();
    Map<CharSequence, Integer> pairs = new HashMap<>();
    for (int i = 0; i + 1 < kept.size(); i++) {
      pairs.merge(kept.get(i) + " " + kept.get(i + 1), 1, Integer::sum);
    }
    if (kept.size() == 1) {
      pairs.put(kept.getFirst(), 1);
    }
    return pairs;
  }
}
