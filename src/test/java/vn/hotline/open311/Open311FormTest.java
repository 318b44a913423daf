package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Open311FormTest {
  @Test
  void fieldsAreDecodedAsUtf8AndAttributesByTheirBracketedNames() {
    Open311Form form =
        Open311Form.decode(
            "service_code=HELP_FOOD&description=Nh%C3%A0+t%C3%B4i+h%E1%BA%BFt+g%E1%BA%A1o"
                + "&attribute%5Bphone%5D=0912345678&attribute[address]=s%E1%BB%91+5");

    assertThat(form.get("service_code")).contains("HELP_FOOD");
    assertThat(form.get("description")).contains("Nhà tôi hết gạo");
    assertThat(form.attribute("phone")).contains("0912345678");
    assertThat(form.attribute("address")).contains("số 5");
  }

  @Test
  void aFieldSentBlankIsAFieldNotSentAndTheFirstOfTwoCounts() {
    Open311Form form = Open311Form.decode("lat=&long=+&email&phone=1&phone=2");

    assertThat(form.get("lat")).isEmpty();
    assertThat(form.get("long")).isEmpty();
    assertThat(form.get("email")).isEmpty();
    assertThat(form.get("phone")).contains("1");
    assertThat(Open311Form.decode(null).fields()).isEmpty();
  }

  @Test
  void aMalformedEscapeIsReadAsItWasSent() {
    assertThat(Open311Form.decode("description=100%+full").get("description"))
        .contains("100%+full");
  }
}
