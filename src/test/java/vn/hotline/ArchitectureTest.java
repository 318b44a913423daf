package vn.hotline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the domain free of frameworks, so that it can be read, tested and moved on its own. Each
 * rule is expected to hold: ArchUnit's {@code check} fails the test with every violation it finds.
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
    "vn.hotline.desk.."
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

  @Test
  void domainPackagesImportNoMicronautMongoDbOrTelegram() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut..",
            "jakarta.inject..",
            "com.mongodb..",
            "org.bson..",
            "org.telegram..",
            "de.bwaldvogel..")
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
    slices().matching("vn.hotline.(*)..").should().beFreeOfCycles().check(MAIN);
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
}
