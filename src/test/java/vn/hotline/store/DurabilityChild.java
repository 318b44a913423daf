package vn.hotline.store;

import java.nio.file.Path;
import vn.hotline.ticket.Drafts;

/**
 * Run in a child JVM by {@link DurabilityIT}: files tickets as fast as it can and prints each code
 * only after {@code file} has returned, i.e. after the citizen would have been told it was
 * received.
 */
public final class DurabilityChild {
  private DurabilityChild() {}

  public static void main(String[] args) {
    MongoStore store = MongoStore.open("", Path.of(args[0]));
    MongoTickets tickets = new MongoTickets(store);
    System.out.println("READY");
    System.out.flush();
    for (int i = 0; ; i++) {
      String code = tickets.file(Drafts.draft("báo cáo số " + i)).code().toString();
      System.out.println(code);
      System.out.flush();
    }
  }
}
