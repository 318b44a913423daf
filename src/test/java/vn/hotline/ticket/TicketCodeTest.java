package vn.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketCodeTest {

  @Test
  void codesAreShapedLikeUnitLettersHyphenAndFourSafeCharacters() {
    for (long seq = 0; seq < 5_000; seq++) {
      String code = TicketCode.of("PN", seq).toString();
      assertThat(code).matches("PN-[2-9A-HJKMNP-TV-Z]{4}");
      assertThat(code.substring(3)).doesNotContain("O", "0", "I", "1", "L", "U");
    }
  }

  @Test
  void everySequenceNumberGivesADifferentTailAcrossLengthBoundaries() {
    Set<String> tails = new HashSet<>();
    long fourCharCodes = 30L * 30 * 30 * 30;
    for (long seq = 0; seq < fourCharCodes + 50_000; seq++) {
      assertThat(tails.add(TicketCode.of("PN", seq).tail())).isTrue();
    }
    assertThat(TicketCode.of("PN", fourCharCodes - 1).tail()).hasSize(4);
    assertThat(TicketCode.of("PN", fourCharCodes).tail()).hasSize(5);
  }

  @Test
  void consecutiveCodesDoNotLookConsecutive() {
    String first = TicketCode.of("PN", 41).tail();
    String second = TicketCode.of("PN", 42).tail();
    assertThat(first.charAt(3)).isNotEqualTo(second.charAt(3));
    assertThat(first.substring(0, 3)).isNotEqualTo(second.substring(0, 3));
  }

  @Test
  void typedCodesAreAcceptedInAnyCaseWithOrWithoutHyphen() {
    assertThat(TicketCode.compactKey("PN-4K7Q")).contains("PN4K7Q");
    assertThat(TicketCode.compactKey("pn-4k7q")).contains("PN4K7Q");
    assertThat(TicketCode.compactKey("pn4k7q")).contains("PN4K7Q");
    assertThat(TicketCode.compactKey(" Pn 4K7q ")).contains("PN4K7Q");
  }

  @Test
  void textThatCannotBeACodeIsNotOne() {
    assertThat(TicketCode.compactKey("")).isEmpty();
    assertThat(TicketCode.compactKey(null)).isEmpty();
    assertThat(TicketCode.compactKey("PN-4K")).isEmpty();
    assertThat(TicketCode.compactKey("PN-4K7Q0")).isEmpty();
    assertThat(TicketCode.compactKey("'; db.tickets.drop(); //")).isEmpty();
    assertThat(TicketCode.compactKey("x".repeat(10_000))).isEmpty();
  }

  @Test
  void aCodeWithLookAlikesOrABadPrefixCannotBeBuilt() {
    assertThatThrownBy(() -> new TicketCode("PN", "4K0Q"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TicketCode("P", "4K7Q"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TicketCode("ABCDEFG", "4K7Q"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
