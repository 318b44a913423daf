package vn.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TicketCodeTest {

  static final long FOUR_CHARACTER_TAILS = 30L * 30 * 30 * 30;

  @Test
  void codesAreShapedLikeUnitLettersHyphenAndFourSafeCharacters() {
    for (long seq = 0; seq < 5_000; seq++) {
      String code = Drafts.code("PN", seq).toString();
      assertThat(code).matches("PN-[2-9A-HJKMNP-TV-Z]{4}");
      assertThat(code.substring(3)).doesNotContain("O", "0", "I", "1", "L", "U");
    }
  }

  @Test
  @Tag("slow") // walks every code of a length
  void everyFourCharacterTailIsUsedOnceBeforeTheFirstFiveCharacterOne() {
    Set<String> tails = new HashSet<>();
    for (long seq = 0; seq < FOUR_CHARACTER_TAILS + 10_000; seq++) {
      tails.add(Drafts.code("PN", seq).tail());
    }
    assertThat(tails).hasSize((int) FOUR_CHARACTER_TAILS + 10_000);
    assertThat(Drafts.code("PN", FOUR_CHARACTER_TAILS - 1).tail()).hasSize(4);
    assertThat(Drafts.code("PN", FOUR_CHARACTER_TAILS).tail()).hasSize(5);
  }

  @Test
  @Tag("slow") // walks every code of a length
  void thePermutationOfAnOddLengthAlsoMapsEveryNumberToADifferentOne() {
    Set<Long> images = new HashSet<>();
    for (long value = 0; value < 30 * 30 * 30; value++) {
      long image = CodePermutation.apply(Drafts.CODE_KEY, value, 3);
      assertThat(image).isBetween(0L, 30L * 30 * 30 - 1);
      images.add(image);
    }
    assertThat(images).hasSize(30 * 30 * 30);
  }

  // The attack that worked on (sequence * a + b) mod 30^4: three consecutive codes fit a line.
  @Test
  void theNextCodeCannotBeWorkedOutFromThePreviousOnes() {
    long from = 1_000;
    Set<Long> steps = new HashSet<>();
    int predicted = 0;
    for (long seq = from; seq < from + 1_000; seq++) {
      long first = value(Drafts.code("LH", seq));
      long second = value(Drafts.code("LH", seq + 1));
      long third = value(Drafts.code("LH", seq + 2));
      steps.add(Math.floorMod(second - first, FOUR_CHARACTER_TAILS));
      if (Math.floorMod(2 * second - first, FOUR_CHARACTER_TAILS) == third) {
        predicted++;
      }
    }
    assertThat(steps).as("distinct steps between consecutive codes").hasSizeGreaterThan(990);
    assertThat(predicted).as("codes a straight line predicted").isLessThan(3);
  }

  @Test
  void twoKeysPutTheCodesInDifferentOrders() {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 1);
    CodeKey other = new CodeKey(secret);
    int same = 0;
    for (long seq = 0; seq < 1_000; seq++) {
      if (Drafts.code("PN", seq).equals(TicketCode.of("PN", seq, other))) {
        same++;
      }
    }
    assertThat(same).isLessThan(3);
  }

  @Test
  void aCodeKeyShowsNothingOfItsSecretAndRefusesAWrongSize() {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 0x41);
    CodeKey key = new CodeKey(secret);
    assertThat(key.toString()).isEqualTo("CodeKey[hidden]");
    assertThat(key.secret()).isEqualTo(secret);
    assertThatThrownBy(() -> new CodeKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNegativeSequenceHasNoCode() {
    assertThatThrownBy(() -> Drafts.code("PN", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  static long value(TicketCode code) {
    long value = 0;
    for (char c : code.tail().toCharArray()) {
      value = value * TicketCode.ALPHABET.length() + TicketCode.ALPHABET.indexOf(c);
    }
    return value;
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
