package vn.hotline.webdesk;

import java.util.List;

/**
 * A filter of the queue page as a list to choose from, with the number of tickets each choice
 * leaves.
 *
 * @param parameter the query parameter it sets
 * @param all how many tickets are left with no value chosen, written for the viewer
 */
public record QueueChoice(String parameter, String label, String all, List<Option> options) {

  /** One value to choose, named in the viewer's words, with its count written for them. */
  public record Option(String value, String label, String count, boolean selected) {}
}
