package vn.hotline.ticket;

import java.util.Optional;

/**
 * How to reach a citizen who asked for help, given by the citizen. Shown to officers only on help
 * requests, since someone has to bring the help.
 *
 * @param phone a phone number, possibly empty
 * @param address an address detail, possibly empty
 */
public record Contact(String phone, String address) {
  public static final Contact NONE = new Contact("", "");

  public Contact {
    phone = phone == null ? "" : phone;
    address = address == null ? "" : address;
  }

  /**
   * A phone number as a citizen types it, kept to its digits (and a leading +): empty when what is
   * left is too short or too long to be one.
   */
  public static Optional<String> phoneOf(String typed) {
    String digits = typed == null ? "" : typed.replaceAll("[^0-9+]", "");
    return digits.length() < 8 || digits.length() > 15 ? Optional.empty() : Optional.of(digits);
  }
}
