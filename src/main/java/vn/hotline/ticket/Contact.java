package vn.hotline.ticket;

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
}
