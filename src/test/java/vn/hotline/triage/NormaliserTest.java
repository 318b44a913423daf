package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliserTest {
  private static final Normaliser NORMALISER = Normaliser.standard();

  private static String words(String text) {
    return String.join(" ", NORMALISER.normalise(text).words);
  }

  @Test
  void foldsDiacriticsDAndCase() {
    assertThat(words("Đường vào Xã ĐAK Ơ bị NGẬP")).isEqualTo("duong vao xa dak o bi ngap");
  }

  @Test
  void decomposedAndComposedInputReadAlike() {
    String composed = "Chợ tự phát ở Phú Nghĩa";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    Text text = NORMALISER.normalise(decomposed);
    assertThat(String.join(" ", text.words)).isEqualTo("cho tu phat o phu nghia");
    assertThat(text.accentedWords[0]).isEqualTo("chợ");
  }

  @Test
  void keepsTheAccentedFormBesideTheFoldedOne() {
    Text text = NORMALISER.normalise("chợ cho");
    assertThat(text.words).containsExactly("cho", "cho");
    assertThat(text.accentedWords).containsExactly("chợ", "cho");
    assertThat(text.marked).isTrue();
    assertThat(NORMALISER.normalise("cho toi hoi").marked).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "ko có; khong co",
        "k đi dc; khong di duoc",
        "hok bít; khong biet",
        "kg có gạo; khong co gao",
        "hong có; khong co",
        "đc không; duoc khong",
        "ng nhà; nguoi nha",
        "mn ơi; moi nguoi oi",
        "làm j; lam gi",
        "ntn vậy; nhu the nao vay",
        "sdt trạm; so dien thoai tram",
        "sđt; so dien thoai",
        "bn ngày; bao nhieu ngay",
        "đi vs ck; di voi chong",
        "vk em; vo em",
        "về r; ve roi"
      })
  void expandsChatAbbreviations(String typed, String expected) {
    assertThat(words(typed)).isEqualTo(expected);
  }

  @Test
  void wordsTypedWithDiacriticsAreNotAbbreviations() {
    assertThat(words("hoa hồng")).isEqualTo("hoa hong");
    assertThat(NORMALISER.normalise("hoa hồng").accentedWords[1]).isEqualTo("hồng");
  }

  @Test
  void amountsAfterNumbersAreNotNo() {
    assertThat(words("10 kg gạo, 50 k")).isEqualTo("10 kg gao 50 k");
  }

  @Test
  void placeFinderTokensKeepAbbreviationsAsTyped() {
    Text text = NORMALISER.normalise("mn ở xa hong phong");
    assertThat(text.tokens).containsExactly("mn", "o", "xa", "hong", "phong");
    assertThat(text.words).startsWith("moi", "nguoi");
  }

  @Test
  void squeezesLettersRepeatedThreeTimesOrMore() {
    assertThat(words("đông quáaaaa, cứuuuu với, thởooo, helppp"))
        .isEqualTo("dong qua cuu voi tho help");
    assertThat(words("need food, xoong nồi, 1000 người"))
        .isEqualTo("need food xoong noi 1000 nguoi");
  }

  @Test
  void dropsEmojiAndPunctuationButRemembersBreaksAndQuestions() {
    Text text = NORMALISER.normalise("😷 Mẹ ho, khó thở!!! 🙏 làm sao?");
    assertThat(text.words).containsExactly("me", "ho", "kho", "tho", "lam", "sao");
    assertThat(text.breakBefore).containsExactly(false, false, true, false, true, false);
    assertThat(text.question).isTrue();
  }

  @Test
  void keepsNumbersAndMeasurementsTogether() {
    assertThat(words("SpO2: 88%, sốt 38.5 độ, gọi 0912.345.678"))
        .isEqualTo("spo2 88 sot 38.5 do goi 0912.345.678");
  }

  @Test
  void joinsEnglishContractions() {
    assertThat(words("He can't breathe, don’t wait")).isEqualTo("he cant breathe dont wait");
  }

  @Test
  void emptyNullAndEmojiOnlyTextsHaveNoWords() {
    assertThat(NORMALISER.normalise("").size()).isZero();
    assertThat(NORMALISER.normalise(null).size()).isZero();
    assertThat(NORMALISER.normalise("😷🙏🆘👍🏻").size()).isZero();
  }

  @Test
  void readsAHundredThousandCharacterTextQuickly() {
    String text = "Chợ tự phát đông quá, ko ai dẹp. ".repeat(3100);
    assertThat(text.length()).isGreaterThan(100_000);
    long started = System.nanoTime();
    Text normalised = NORMALISER.normalise(text);
    assertThat(normalised.size()).isEqualTo(3100 * 8);
    assertThat(System.nanoTime() - started).isLessThan(500_000_000L);
  }
}
