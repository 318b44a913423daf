package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Danger to life, from many angles: missing one is the worst error the triage can make. */
class UrgencyDetectorTest {
  private static final Normaliser NORMALISER = Normaliser.standard();
  private static final UrgencyDetector DETECTOR = UrgencyDetector.standard();

  private static boolean urgent(String text) {
    return !DETECTOR.signs(NORMALISER.normalise(text)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "Mẹ tôi khó thở quá, xin giúp",
        "me toi kho tho qua xin giup",
        "ba em thở không được nữa",
        "ông nội ko thở đc",
        "bé thở k nổi, môi tím tái",
        "bà ngoại thở dốc, hụt hơi",
        "chồng em bị ngộp thở, tức ngực",
        "nguoi nha F0 tho doc, moi tim",
        "SpO2 90",
        "SpO2: 88%",
        "do oxy 91",
        "đo oxy được 92%",
        "chỉ số spo2 chỉ còn 85-87",
        "spo2 dưới 95",
        "SPO2 tụt liên tục",
        "nồng độ oxy trong máu 89",
        "ba tôi bất tỉnh rồi",
        "ông ngất xỉu trong nhà tắm",
        "mẹ bị xỉu, gọi không tỉnh",
        "con tôi lên cơn co giật",
        "be bi co giat, sui bot mep",
        "vợ em chuyển dạ, vỡ ối rồi",
        "vo em dau de, can xe gap",
        "vợ tôi sắp sinh, khu phố bị phong tỏa",
        "băng huyết sau sinh, chảy máu nhiều",
        "bị tai nạn chảy máu không cầm được",
        "ho ra máu",
        "không sốt nhưng khó thở",
        "không ho, không sốt, nhưng thở dốc",
        "khó thở",
        "My father can't breathe",
        "my mother cannot breathe properly",
        "she is short of breath and her lips are blue",
        "shortness of breath since this morning",
        "his SpO2 dropped to 89",
        "oxygen saturation 90%",
        "my wife is in labour",
        "the baby is having a seizure",
        "he passed out and is unresponsive",
        "she is bleeding heavily",
        "no fever but difficulty breathing",
        "Bà ơi cứu con, mẹ khó thởooo",
        "mẹ tôi khó thởởở"
      })
  void dangerToLifeIsUrgent(String text) {
    assertThat(urgent(text)).as(text).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "mẹ ho nhưng không khó thở, spo2 98",
        "ba em hết khó thở rồi",
        "không có dấu hiệu khó thở",
        "chưa thấy khó thở gì",
        "ko kho tho, chi sot nhe",
        "spo2 98",
        "SpO2 97%, mạch 90",
        "spo2 98, xin thêm thuốc hạ sốt",
        "cần mua bình oxy giá 90 nghìn",
        "máy đo spo2 mua ở đâu",
        "nếu người nhà khó thở thì gọi số nào?",
        "no shortness of breath, just a cough",
        "she has no difficulty breathing",
        "con tôi từng bị co giật hồi nhỏ, xin thuốc dự phòng",
        "bà bầu sắp sinh có được tiêm vắc xin không",
        "nhà bên sắp sinh nhật con gái, mời 40 người",
        "tin đồn tiêm vắc xin làm ngất xỉu hàng loạt",
        "chờ xíu nha",
        "cho xiu nha",
        "ngắt điện cả ngày",
        "có chợ tự phát ở đầu hẻm",
        "",
        "😷😷😷"
      })
  void absentNegatedPastOrAskedAboutSignsAreNotUrgent(String text) {
    assertThat(urgent(text)).as(text).isFalse();
  }

  @Test
  void signsAreGivenAsWritten() {
    assertThat(DETECTOR.signs(NORMALISER.normalise("Mẹ tôi KHÓ THỞ, SpO2 89")))
        .containsExactly("khó thở", "spo2 89");
  }

  @Test
  void signAtTheEndOfAHundredThousandCharacterTextIsFound() {
    String text = "hàng xóm tụ tập nhậu, ".repeat(5000) + "giờ ông ấy khó thở";
    assertThat(text.length()).isGreaterThan(100_000);
    assertThat(urgent(text)).isTrue();
  }
}
