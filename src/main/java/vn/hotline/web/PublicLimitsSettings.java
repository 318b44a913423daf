package vn.hotline.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import java.time.Duration;

/**
 * The limits on the public write endpoints, from {@code hotline.public-limits.*}; application.yml
 * says why the defaults are what they are.
 *
 * @param perAddress requests one client address may send per {@code perAddressWindow}
 * @param overall requests all clients together may send per {@code overallWindow}
 * @param open311MaxBody the largest body an Open311 request may announce, in bytes ({@code 64KB})
 */
@ConfigurationProperties("hotline.public-limits")
record PublicLimitsSettings(
    @Bindable(defaultValue = "10") int perAddress,
    @Bindable(defaultValue = "10m") Duration perAddressWindow,
    @Bindable(defaultValue = "120") int overall,
    @Bindable(defaultValue = "1m") Duration overallWindow,
    @Bindable(defaultValue = "64KB") @ReadableBytes long open311MaxBody) {

  RequestLimiter.Limit addressLimit() {
    return new RequestLimiter.Limit(perAddress, perAddressWindow);
  }

  RequestLimiter.Limit overallLimit() {
    return new RequestLimiter.Limit(overall, overallWindow);
  }
}
