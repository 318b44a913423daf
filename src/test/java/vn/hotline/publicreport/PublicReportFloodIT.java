package vn.hotline.publicreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.WebServiceProperties;

/** A flood from one address through the report page is cut off, and what is refused is not kept. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReportFloodIT implements TestPropertyProvider {
  static final int PER_ADDRESS = 2;

  final int port = FreePort.find();
  final PublicForms forms = new PublicForms(WebServiceProperties.base(port));

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("public-report-flood")
        .servedOn(port)
        .withoutTelegram()
        .with("hotline.public-limits.per-address", String.valueOf(PER_ADDRESS))
        .map();
  }

  @Test
  void reportsPastTheLimitAreRefusedWith429AndRetryAfterAndFileNothing() throws Exception {
    for (int i = 0; i < PER_ADDRESS; i++) {
      assertThat(forms.post(report(i)).statusCode()).isEqualTo(303);
    }
    HttpResponse<String> refused = forms.post(report(99));

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isPositive();
    assertThat(refused.body()).contains("thử lại sau", "try again");
    AtomicInteger stored = new AtomicInteger();
    tickets.each(t -> stored.incrementAndGet());
    assertThat(stored.get()).isEqualTo(PER_ADDRESS);
  }

  static Map<String, String> report(int n) {
    return PublicForms.report(
        FormToken.fresh(), "Chợ tự phát họp rất đông người ở ấp 4 xã Phú Nghĩa, lần " + n);
  }
}
