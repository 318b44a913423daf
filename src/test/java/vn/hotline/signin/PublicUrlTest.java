package vn.hotline.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

  @Test
  void cookiesAreSecureOnlyWhenTheDeskIsReachedOverHttps() {
    assertThat(new PublicUrl("https://1022.binhphuoc.gov.vn").secureCookies()).isTrue();
    assertThat(new PublicUrl("http://localhost:8080").secureCookies()).isFalse();
  }

  @Test
  void linksAreMadeWithoutADoubleSlash() {
    assertThat(new PublicUrl(" https://desk.example/ ").link("/signin/abc"))
        .isEqualTo("https://desk.example/signin/abc");
  }

  @Test
  void anAddressThatIsNotHttpIsRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> new PublicUrl("desk.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PUBLIC_URL");
    assertThatThrownBy(() -> new PublicUrl("ftp://desk.example"))
        .hasMessageContaining("PUBLIC_URL");
  }
}
