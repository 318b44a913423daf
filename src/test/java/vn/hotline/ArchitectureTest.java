package vn.hotline;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Keeps the domain free of frameworks, so that it can be read, tested and moved on its own. Each
 * rule is expected to hold: ArchUnit's {@code check} fails the test with every violation it finds.
 * The rules are fields, so that a test can show one failing on a fixture made to break it.
 */
class ArchitectureTest {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.hotline");

  static final String[] DOMAIN = {
    "vn.hotline.unit..",
    "vn.hotline.category..",
    "vn.hotline.triage..",
    "vn.hotline.ticket..",
    "vn.hotline.sla..",
    "vn.hotline.report..",
    "vn.hotline.access..",
    "vn.hotline.roster..",
    "vn.hotline.messages..",
    "vn.hotline.desk..",
    "vn.hotline.signin.."
  };

  /** The domain the desk and the channels build on, which knows nothing of them. */
  static final String[] CORE = {
    "vn.hotline.unit..",
    "vn.hotline.category..",
    "vn.hotline.triage..",
    "vn.hotline.ticket..",
    "vn.hotline.sla..",
    "vn.hotline.report..",
    "vn.hotline.access..",
    "vn.hotline.roster..",
    "vn.hotline.messages.."
  };

  /** Micronaut and dependency injection, the stores' drivers, Telegram's library. */
  static final String[] FRAMEWORKS = {
    "io.micronaut..",
    "jakarta.inject..",
    "jakarta.annotation..",
    "com.mongodb..",
    "org.bson..",
    "org.telegram..",
    "de.bwaldvogel..",
    "org.h2.."
  };

  /**
   * The desk's wiring is the one exception: {@code DeskFactory} makes the desk a Micronaut bean and
   * hands the channels its handler, and it lives beside the desk so that no channel has to know the
   * desk to wire it. The classes Micronaut generates for it ({@code $DeskFactory$...}) come with
   * it; nothing else in the desk may import a framework.
   */
  static final ArchRule DOMAIN_IMPORTS_NO_FRAMEWORK =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .and()
          .doNotHaveFullyQualifiedName("vn.hotline.desk.DeskFactory")
          .and()
          .haveNameNotMatching("vn\\.hotline\\.desk\\.\\$DeskFactory\\$.*")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FRAMEWORKS);

  static final ArchRule ONLY_TELEGRAM_IMPORTS_TELEGRAM =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.hotline.telegram..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.telegram..");

  static final ArchRule ONLY_THE_STORE_IMPORTS_STORE_DRIVERS =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.hotline.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.mongodb..", "org.bson..", "de.bwaldvogel..", "org.h2..");

  /**
   * Every package is a slice of its own, a sub-package too (the fixture's {@code archfixture.a} and
   * {@code archfixture.b} are two).
   */
  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("vn.hotline.(**)").should().beFreeOfCycles();

  @Test
  void domainPackagesImportNoFramework() {
    DOMAIN_IMPORTS_NO_FRAMEWORK.check(MAIN);
  }

  @Test
  void onlyTheTelegramChannelImportsTelegramsLibrary() {
    ONLY_TELEGRAM_IMPORTS_TELEGRAM.check(MAIN);
  }

  @Test
  void onlyTheStoreImportsMongoDbBsonOrTheEmbeddedServer() {
    ONLY_THE_STORE_IMPORTS_STORE_DRIVERS.check(MAIN);
  }

  /** The desk's handler reaches the channel through {@code intake}'s interface, not by name. */
  @Test
  void theTelegramChannelDoesNotKnowTheDesk() {
    noClasses()
        .that()
        .resideInAPackage("vn.hotline.telegram..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.hotline.desk..")
        .check(MAIN);
  }

  @Test
  void theCoreDomainDoesNotReachIntoTheAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.hotline.store..",
            "vn.hotline.web..",
            "vn.hotline.cli..",
            "vn.hotline.telegram..",
            "vn.hotline.intake..",
            "vn.hotline.desk..",
            "vn.hotline.notify..")
        .check(MAIN);
  }

  /**
   * The desk works through the channel-independent outbox and citizen notices, never through a
   * channel or a store directly: Telegram and MongoDB reach it only through its interfaces.
   */
  @Test
  void theDeskUsesTheOutboxButNoChannelOrStore() {
    noClasses()
        .that()
        .resideInAPackage("vn.hotline.desk..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.hotline.store..", "vn.hotline.web..", "vn.hotline.cli..", "vn.hotline.telegram..")
        .check(MAIN);
  }

  /**
   * Packages depend on each other one way only, so that each can be read, changed and tested from
   * the packages below it. The configuration once imported the desk's roster while the desk read
   * the configuration's messages: the roster now has a package of its own, below both.
   */
  @Test
  void featurePackagesDependOnEachOtherWithoutCycles() {
    NO_PACKAGE_CYCLES.check(MAIN);
  }

  /** The cycle rule can fail: two test-only packages that import each other break it. */
  @Test
  void theCycleRuleReportsTwoPackagesThatImportEachOther() {
    JavaClasses cyclic = new ClassFileImporter().importPackages("vn.hotline.archfixture");
    assertThat(cyclic).hasSizeGreaterThanOrEqualTo(2);

    EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(cyclic);

    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("archfixture.a")
        .contains("archfixture.b");
  }

  /**
   * Triage reads its corpus beside the validated configuration, so what it uses of it stays plain.
   */
  @Test
  void theConfigurationRecordsTheDomainUsesImportNoFramework() {
    noClasses()
        .that()
        .haveFullyQualifiedName("vn.hotline.config.BotConfig")
        .or()
        .haveFullyQualifiedName("vn.hotline.config.ConfigException")
        .or()
        .haveFullyQualifiedName("vn.hotline.messages.Messages")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.micronaut..", "jakarta.inject..", "com.mongodb..", "org.telegram..")
        .check(MAIN);
  }

  /**
   * The embedded server is an engine under the store, not part of it: the repositories work on any
   * MongoDB, and only {@code store.embedded} knows that the one inside the process is
   * mongo-java-server on H2 (ADR 0006).
   */
  @Test
  void onlyTheEmbeddedStoreUsesTheEmbeddedServerOrH2() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.hotline.store.embedded..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("de.bwaldvogel..", "org.h2..")
        .check(MAIN);
  }

  @Test
  void theEmbeddedEngineKnowsNothingOfTheRepositoriesOrTheDomain() {
    noClasses()
        .that()
        .resideInAPackage("vn.hotline.store.embedded..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("vn.hotline..")
                .and(not(resideInAPackage("vn.hotline.store.embedded.."))))
        .check(MAIN);
  }
}
