package vn.hotline.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private final Messages messages =
      Messages.of(Map.of("thanks", "Cảm ơn {0}"), Map.of("thanks", "Thank you {0}"));

  @Test
  void givesTheTextOfTheAskedLanguageWithItsArgumentsAndVietnameseOtherwise() {
    assertThat(messages.text(Messages.ENGLISH, "thanks", "Lan")).isEqualTo("Thank you Lan");
    assertThat(messages.text(Messages.VIETNAMESE, "thanks", "Lan")).isEqualTo("Cảm ơn Lan");
    assertThat(messages.text(Locale.FRENCH, "thanks", "Lan")).isEqualTo("Cảm ơn Lan");
  }

  @Test
  void refusesLanguagesWithDifferentKeys() {
    assertThatThrownBy(() -> Messages.of(Map.of("thanks", "Cảm ơn"), Map.of("bye", "Goodbye")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnUnknownKey() {
    assertThat(messages.has("bye")).isFalse();
    assertThatThrownBy(() -> messages.text(Messages.ENGLISH, "bye"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no message bye");
  }
}
