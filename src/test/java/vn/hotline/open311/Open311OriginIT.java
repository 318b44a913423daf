package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.access.ApiKey;
import vn.hotline.access.ApiKeys;
import vn.hotline.access.Scope;
import vn.hotline.category.Priority;
import vn.hotline.store.StoreAccess;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.UnitCode;

/** A request sent again is known by its Idempotency-Key, or by its fields within a minute. */
class Open311OriginIT {
  static final ApiKey PARTNER = key("partner-key");
  static final ApiKey OTHER_PARTNER = key("other-partner-key");
  static final Instant FIRST = Instant.parse("2021-09-10T03:00:50Z");

  @TempDir Path dataDir;
  StoreAccess store;

  @BeforeEach
  void open() {
    store = StoreAccess.open(dataDir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theSameFieldsInTheNextMinuteAreTheSameRequestOnlyWithinAMinuteOfTheFirst() {
    Ticket first = fileUnder(Open311Origin.fingerprinted(PARTNER, market("chợ"), FIRST), FIRST);

    assertThat(repeated(market("chợ"), FIRST.plusSeconds(5))).contains(first);
    assertThat(repeated(market("chợ"), FIRST.plusSeconds(20))).contains(first);
    assertThat(repeated(market("chợ"), FIRST.plusSeconds(65))).isEmpty();
    assertThat(repeated(market("chợ"), FIRST.plusSeconds(130))).isEmpty();
  }

  @Test
  void otherWordsOrAnotherKeyAreAnotherRequest() {
    fileUnder(Open311Origin.fingerprinted(PARTNER, market("chợ"), FIRST), FIRST);

    assertThat(repeated(market("chợ ở ấp 3"), FIRST.plusSeconds(5))).isEmpty();
    assertThat(
            Open311Origin.fingerprinted(OTHER_PARTNER, market("chợ"), FIRST.plusSeconds(5))
                .repeated(store.tickets(), FIRST.plusSeconds(5)))
        .isEmpty();
  }

  @Test
  void anIdempotencyKeyNamesTheRequestAtAnyTimeButOnlyForItsApiKey() {
    Ticket first = fileUnder(Open311Origin.keyed(PARTNER, "call-0001"), FIRST);

    assertThat(
            Open311Origin.keyed(PARTNER, "call-0001")
                .repeated(store.tickets(), FIRST.plus(Duration.ofDays(3))))
        .contains(first);
    assertThat(Open311Origin.keyed(OTHER_PARTNER, "call-0001").repeated(store.tickets(), FIRST))
        .isEmpty();
    assertThat(Open311Origin.keyed(PARTNER, "call-0001").origin())
        .doesNotContain("partner-key")
        .startsWith("open311:" + ApiKeys.sha256Hex("partner-key").substring(0, 12) + ":");
  }

  Optional<Ticket> repeated(Open311Submission submission, Instant at) {
    return Open311Origin.fingerprinted(PARTNER, submission, at).repeated(store.tickets(), at);
  }

  Ticket fileUnder(Open311Origin origin, Instant at) {
    NewTicket draft = Drafts.draft("25267", Priority.NORMAL, at, "chợ");
    return store
        .tickets()
        .file(
            new NewTicket(
                origin.origin(),
                draft.codePrefix(),
                draft.whereabouts(),
                draft.reported(),
                draft.deadlines()));
  }

  static Open311Submission market(String description) {
    return new Open311Submission(
        "SPONTANEOUS_MARKET",
        description,
        Optional.empty(),
        "",
        Optional.of(new UnitCode("25267")),
        new Contact("0912345678", ""),
        Optional.empty());
  }

  static ApiKey key(String key) {
    return new ApiKey(
        key, ApiKeys.sha256Hex(key), List.of(new UnitCode("70")), Set.of(Scope.OPEN311));
  }
}
