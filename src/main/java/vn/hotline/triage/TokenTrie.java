package vn.hotline.triage;

import java.util.HashMap;
import java.util.Map;

/**
 * Phrases of folded tokens, looked up at a position of a text with one map read per token. Every
 * phrase list of the triage (category phrases, danger signs, unit names, the words around them) is
 * one of these, built at start-up, so that scanning a text never backtracks.
 *
 * @param <V> what a phrase stands for
 */
final class TokenTrie<V> {
  private final Node<V> root = new Node<>();

  /** A point in the trie: the phrases read so far, and what the phrase read so far stands for. */
  static final class Node<V> {
    private Map<String, Node<V>> next;
    private V value;

    /** The node after one more token, or null when no phrase goes on that way. */
    Node<V> next(String token) {
      return next == null ? null : next.get(token);
    }

    /** What the phrase read so far stands for, or null when it is no phrase. */
    V value() {
      return value;
    }
  }

  /** What a phrase ending at {@code end} (exclusive) stands for. */
  interface Visitor<V> {
    void visit(V value, int end);
  }

  Node<V> root() {
    return root;
  }

  /** Adds a phrase, or replaces what it stood for. */
  void put(String[] phrase, V value) {
    Node<V> node = root;
    for (String token : phrase) {
      if (node.next == null) {
        node.next = new HashMap<>(4);
      }
      node = node.next.computeIfAbsent(token, t -> new Node<>());
    }
    node.value = value;
  }

  /** What {@code phrase} stands for exactly, or null. */
  V get(String[] phrase) {
    Node<V> node = root;
    for (int i = 0; i < phrase.length && node != null; i++) {
      node = node.next(phrase[i]);
    }
    return node == null ? null : node.value;
  }

  /**
   * Visits every phrase that starts at {@code from}, shortest first, reading no further than {@code
   * limit}.
   */
  void matches(String[] tokens, int from, int limit, Visitor<V> visitor) {
    Node<V> node = root;
    for (int i = from; i < limit && (node = node.next(tokens[i])) != null; i++) {
      if (node.value != null) {
        visitor.visit(node.value, i + 1);
      }
    }
  }

  /** The longest phrase that starts at {@code from}, or null. */
  Match<V> longest(String[] tokens, int from, int limit) {
    Node<V> node = root;
    Match<V> found = null;
    for (int i = from; i < limit && (node = node.next(tokens[i])) != null; i++) {
      if (node.value != null) {
        found = new Match<>(node.value, i + 1);
      }
    }
    return found;
  }

  /** A phrase found in a text: what it stands for and where it ends (exclusive). */
  record Match<V>(V value, int end) {}
}
