package vn.hotline.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hotline.roster.OfficerId;
import vn.hotline.testing.SettableClock;

class SignInsTest {
  static final OfficerId HUNG = new OfficerId(6123458001L);
  static final OfficerId THAO = new OfficerId(6123458002L);
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00Z");

  final SettableClock clock = new SettableClock(T0);
  final InMemorySignInStore store = new InMemorySignInStore();
  final SignIns signIns = new SignIns(store, clock);

  @Test
  void aLinkStartsASessionForItsOfficer() {
    SignInLink link = signIns.issueLink(HUNG);

    Session session = signIns.redeem(link.token()).orElseThrow();

    assertThat(link.expiresAt()).isEqualTo(T0.plus(SignIns.LINK_LIFE));
    assertThat(session.officer()).isEqualTo(HUNG);
    assertThat(signIns.session(session.token())).map(Session::officer).contains(HUNG);
  }

  @Test
  void usedLinkIsRefused() {
    SignInLink link = signIns.issueLink(HUNG);
    assertThat(signIns.redeem(link.token())).isPresent();

    assertThat(signIns.redeem(link.token())).isEmpty();
  }

  @Test
  void linkIsRefusedOnceItsTenMinutesArePast() {
    SignInLink link = signIns.issueLink(HUNG);

    clock.advance(SignIns.LINK_LIFE.plusSeconds(1));

    assertThat(signIns.redeem(link.token())).isEmpty();
  }

  @Test
  void linkWorksUntilItsLastSecond() {
    SignInLink link = signIns.issueLink(HUNG);

    clock.advance(SignIns.LINK_LIFE.minusSeconds(1));

    assertThat(signIns.redeem(link.token())).isPresent();
  }

  @Test
  void unknownOrMalformedTokensLetNobodyIn() {
    signIns.issueLink(HUNG);

    assertThat(signIns.redeem("A".repeat(43))).isEmpty();
    assertThat(signIns.redeem("not a token")).isEmpty();
    assertThat(signIns.redeem(null)).isEmpty();
    assertThat(signIns.session("A".repeat(43))).isEmpty();
    assertThat(signIns.session(null)).isEmpty();
  }

  @Test
  void sessionIdleForTwelveHoursIsGone() {
    Session session = signIns.start(HUNG);

    clock.advance(SignIns.IDLE_LIMIT.plusSeconds(1));

    assertThat(signIns.session(session.token())).isEmpty();
  }

  @Test
  void sessionVisitedWithinTwelveHoursIsKept() {
    Session session = signIns.start(HUNG);

    clock.advance(Duration.ofHours(11));
    assertThat(signIns.session(session.token())).isPresent();
    clock.advance(Duration.ofHours(11));

    assertThat(signIns.session(session.token()))
        .map(Session::lastSeen)
        .contains(T0.plus(Duration.ofHours(22)));
  }

  @Test
  void visitIsWrittenAtMostOnceAMinute() {
    Session session = signIns.start(HUNG);

    for (int second = 0; second < 60; second += 10) {
      assertThat(signIns.session(session.token())).isPresent();
      clock.advance(Duration.ofSeconds(10));
    }
    assertThat(store.touches).as("visits within the first minute").isZero();
    assertThat(signIns.session(session.token())).isPresent();
    assertThat(store.touches).as("a minute after the start").isEqualTo(1);
    clock.advance(Duration.ofSeconds(59));
    assertThat(signIns.session(session.token())).isPresent();

    assertThat(store.touches).as("59 s after the last write").isEqualTo(1);
  }

  @Test
  void signOutEndsTheSession() {
    Session session = signIns.redeem(signIns.issueLink(HUNG).token()).orElseThrow();

    signIns.end(session.token());

    assertThat(signIns.session(session.token())).isEmpty();
  }

  @Test
  void endAllOfEndsEverySessionOfThatOfficerOnly() {
    Session phone = signIns.start(HUNG);
    Session laptop = signIns.redeem(signIns.issueLink(HUNG).token()).orElseThrow();
    Session other = signIns.start(THAO);

    signIns.endAllOf(HUNG);

    assertThat(signIns.session(phone.token())).isEmpty();
    assertThat(signIns.session(laptop.token())).isEmpty();
    assertThat(signIns.session(other.token())).map(Session::officer).contains(THAO);
  }

  @Test
  void tokensAre43CharactersOfUnpaddedBase64UrlAndDifferEachTime() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      Session session = signIns.start(HUNG);
      tokens.add(signIns.issueLink(HUNG).token());
      tokens.add(session.token());
      tokens.add(session.csrf());
    }

    assertThat(tokens).hasSize(60).allMatch(token -> token.matches("[A-Za-z0-9_-]{43}"));
  }

  @Test
  void theStoreHoldsOnlySha256HexOfTheTokens() {
    SignInLink link = signIns.issueLink(HUNG);
    Session session = signIns.redeem(link.token()).orElseThrow();

    assertThat(store.links.keySet())
        .containsExactly(SignIns.hash(link.token()))
        .allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    assertThat(store.sessions.keySet()).containsExactly(SignIns.hash(session.token()));
  }

  @Test
  void csrfMatchesOnlyTheSessionsOwnToken() {
    Session session = signIns.start(HUNG);

    assertThat(session.csrfMatches(session.csrf())).isTrue();
    assertThat(session.csrfMatches(signIns.start(HUNG).csrf())).isFalse();
    assertThat(session.csrfMatches(session.csrf().substring(1))).isFalse();
    assertThat(session.csrfMatches("")).isFalse();
    assertThat(session.csrfMatches(null)).isFalse();
  }

  @Test
  void tokensNeverShowInWhatIsPrinted() {
    SignInLink link = signIns.issueLink(HUNG);
    Session session = signIns.redeem(link.token()).orElseThrow();

    assertThat(link.toString()).doesNotContain(link.token());
    assertThat(session.toString()).doesNotContain(session.token()).doesNotContain(session.csrf());
  }

  @Test
  void expiredLinksAndIdleSessionsAreForgottenAtMostOnceAnHour() {
    SignInLink stale = signIns.issueLink(HUNG);
    Session idle = signIns.start(THAO);
    clock.advance(Duration.ofMinutes(59));
    signIns.issueLink(HUNG);
    assertThat(store.forgets).as("within the first hour").isEqualTo(1);

    clock.advance(SignIns.IDLE_LIMIT);
    signIns.redeem(signIns.issueLink(HUNG).token());

    assertThat(store.forgets).isEqualTo(2);
    assertThat(store.links).doesNotContainKey(SignIns.hash(stale.token()));
    assertThat(store.sessions).doesNotContainKey(SignIns.hash(idle.token()));
  }
}
