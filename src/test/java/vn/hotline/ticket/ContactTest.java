package vn.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactTest {

  @Test
  void aPhoneTypedWithSpacesDotsOrACountryCodeIsKeptAsItsDigits() {
    assertThat(Contact.phoneOf("0912 345.678")).contains("0912345678");
    assertThat(Contact.phoneOf("+84 912-345-678")).contains("+84912345678");
  }

  @Test
  void tooFewOrTooManyDigitsAreNoPhone() {
    assertThat(Contact.phoneOf("1234567")).isEmpty();
    assertThat(Contact.phoneOf("1234567890123456")).isEmpty();
    assertThat(Contact.phoneOf("gọi tôi")).isEmpty();
    assertThat(Contact.phoneOf(null)).isEmpty();
  }
}
