package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.junit.jupiter.api.Test;

class WordPairsTest {
  static WordPairs pairs(String text) {
    return WordPairs.of(List.of(text.split(" ")));
  }

  // The same measure over maps of the pairs themselves, as Commons Text computes it.
  static double expected(String a, String b) {
    return new CosineSimilarity().cosineSimilarity(counted(a), counted(b));
  }

  static Map<CharSequence, Integer> counted(String text) {
    String[] words = text.split(" ");
    Map<CharSequence, Integer> pairs = new HashMap<>();
    for (int i = 0; i + 1 < words.length; i++) {
      pairs.merge(words[i] + " " + words[i + 1], 1, Integer::sum);
    }
    if (words.length == 1) {
      pairs.put(words[0], 1);
    }
    return pairs;
  }

  @Test
  void theSameTextIsFullySimilarAndTextsWithNoPairInCommonNotAtAll() {
    assertThat(pairs("cho tu phat hop dong").cosine(pairs("cho tu phat hop dong")))
        .isCloseTo(1.0, within(1e-9));
    assertThat(pairs("cho tu phat").cosine(pairs("tu cho phat"))).isZero();
  }

  @Test
  void agreesWithCommonsTextOnRepeatedAndSharedPairs() {
    List<List<String>> texts =
        List.of(
            List.of("cho tu phat hop truoc cong truong", "cho tu phat truoc cong truong tieu hoc"),
            List.of("dong nguoi dong nguoi qua", "dong nguoi"),
            List.of("karaoke", "karaoke"),
            List.of("karaoke mo cua", "quan karaoke mo cua hat"));
    for (List<String> pair : texts) {
      assertThat(pairs(pair.get(0)).cosine(pairs(pair.get(1))))
          .as(pair.toString())
          .isCloseTo(expected(pair.get(0), pair.get(1)), within(1e-9));
    }
  }

  @Test
  void aTextWithNoWordsIsLikeNothing() {
    WordPairs empty = WordPairs.of(List.of());
    assertThat(empty.cosine(pairs("cho tu phat"))).isZero();
    assertThat(empty.cosine(empty)).isZero();
  }
}
