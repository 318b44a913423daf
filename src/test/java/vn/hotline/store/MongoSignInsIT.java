package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hotline.roster.OfficerId;
import vn.hotline.signin.Session;
import vn.hotline.signin.SignInLink;
import vn.hotline.signin.SignInStore.StoredSession;
import vn.hotline.signin.SignIns;
import vn.hotline.testing.SettableClock;

/** Part of the repositories' contract suite: runs against every {@link TestedStore}. */
@ParameterizedClass
@EnumSource(TestedStore.class)
class MongoSignInsIT extends StoreContract {
  static final OfficerId HUNG = new OfficerId(6123458001L);
  static final OfficerId THAO = new OfficerId(6123458002L);
  // Whole milliseconds: the store keeps instants as BSON dates.
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00.123Z");
  static final String LINK = "a".repeat(64);
  static final String SESSION = "b".repeat(64);

  final SettableClock clock = new SettableClock(T0);
  MongoSignIns signInStore;
  SignIns signIns;

  @Override
  void opened(MongoStore store) {
    signInStore = new MongoSignIns(store);
    signIns = new SignIns(signInStore, clock);
  }

  @Test
  void theStoreKeepsNoTokenThatWouldLetAnyoneIn() {
    SignInLink link = signIns.issueLink(HUNG);
    Session session = signIns.redeem(link.token()).orElseThrow();

    String stored = everything(MongoSignIns.LINKS) + everything(MongoSignIns.SESSIONS);

    assertThat(stored)
        .contains(HUNG.toString())
        .doesNotContain(link.token())
        .doesNotContain(session.token());
  }

  @Test
  void aLinkIsUsedOnceAndStaysUsed() {
    signInStore.addLink(LINK, HUNG, T0.plus(SignIns.LINK_LIFE));

    assertThat(signInStore.useLink(LINK, T0)).contains(HUNG);
    assertThat(signInStore.useLink(LINK, T0)).isEmpty();
    reopen();
    assertThat(signInStore.useLink(LINK, T0)).isEmpty();
  }

  @Test
  void anExpiredLinkIsRefused() {
    signInStore.addLink(LINK, HUNG, T0);

    assertThat(signInStore.useLink(LINK, T0)).isEmpty();
    assertThat(signInStore.useLink(LINK, T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void ofEightRedeemingOneLinkAtOnceExactlyOneWins() throws Exception {
    signInStore.addLink(LINK, HUNG, T0.plus(SignIns.LINK_LIFE));
    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch ready = new CountDownLatch(racers);
    List<Future<Optional<OfficerId>>> uses = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      uses.add(
          pool.submit(
              () -> {
                ready.countDown();
                ready.await(30, TimeUnit.SECONDS);
                return signInStore.useLink(LINK, T0);
              }));
    }
    int won = 0;
    for (Future<Optional<OfficerId>> use : uses) {
      won += use.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
  }

  @Test
  void aVisitIsRecordedAndNeverMovesBack() {
    signInStore.addSession(SESSION, HUNG, "csrf-1", T0);

    signInStore.touchSession(SESSION, T0.plusSeconds(120));
    signInStore.touchSession(SESSION, T0.plusSeconds(60));

    assertThat(signInStore.findSession(SESSION))
        .contains(new StoredSession(HUNG, "csrf-1", T0.plusSeconds(120)));
  }

  @Test
  void expiredLinksAndIdleSessionsAreForgottenAndTheOthersKept() {
    signInStore.addLink(LINK, HUNG, T0);
    signInStore.addLink("c".repeat(64), HUNG, T0.plus(SignIns.LINK_LIFE));
    signInStore.addSession(SESSION, HUNG, "csrf-1", T0);
    signInStore.addSession("d".repeat(64), THAO, "csrf-2", T0.plus(Duration.ofHours(1)));

    signInStore.forgetExpired(T0.plusSeconds(1), T0.plusSeconds(1));

    assertThat(ids(MongoSignIns.LINKS)).containsExactly("c".repeat(64));
    assertThat(ids(MongoSignIns.SESSIONS)).containsExactly("d".repeat(64));
  }

  @Test
  void endingSessionsOfAnOfficerLeavesOthers() {
    signInStore.addSession(SESSION, HUNG, "csrf-1", T0);
    signInStore.addSession("c".repeat(64), HUNG, "csrf-2", T0);
    signInStore.addSession("d".repeat(64), THAO, "csrf-3", T0);

    signInStore.endSessionsOf(HUNG);

    assertThat(ids(MongoSignIns.SESSIONS)).containsExactly("d".repeat(64));
  }

  @Test
  void aSignOutEndsTheSession() {
    signInStore.addSession(SESSION, HUNG, "csrf-1", T0);

    signInStore.endSession(SESSION);

    assertThat(signInStore.findSession(SESSION)).isEmpty();
  }

  @Test
  void aSessionSurvivesARestart() {
    Session session = signIns.redeem(signIns.issueLink(HUNG).token()).orElseThrow();

    reopen();

    assertThat(signIns.session(session.token()))
        .hasValueSatisfying(
            found -> {
              assertThat(found.officer()).isEqualTo(HUNG);
              assertThat(found.csrfMatches(session.csrf())).isTrue();
            });
  }

  private String everything(String collection) {
    StringBuilder all = new StringBuilder();
    store.database().getCollection(collection).find().forEach(d -> all.append(d.toJson()));
    return all.toString();
  }

  private List<String> ids(String collection) {
    List<String> ids = new ArrayList<>();
    store.database().getCollection(collection).find().forEach(d -> ids.add(d.getString("_id")));
    return ids;
  }
}
