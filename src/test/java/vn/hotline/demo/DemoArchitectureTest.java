package vn.hotline.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The demo speaks the Bot API as JSON over HTTP, like Telegram's server, so it never needs
 * Telegram's library; and only its factory knows Micronaut and the Telegram channel it points at
 * the stand-in.
 */
class DemoArchitectureTest {
  static final JavaClasses DEMO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.hotline.demo");

  @Test
  void theDemoDoesNotUseTelegramsLibrary() {
    assertThat(DEMO).as("the demo's classes").isNotEmpty();
    assertThat(
            noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.telegram..")
                .evaluate(DEMO)
                .getFailureReport()
                .getDetails())
        .isEmpty();
  }

  @Test
  void onlyTheFactoryKnowsMicronautAndTheTelegramChannel() {
    EvaluationResult result =
        noClasses()
            .that()
            .doNotHaveFullyQualifiedName(DemoFactory.class.getName())
            .and()
            .haveNameNotMatching("vn\\.hotline\\.demo\\.\\$DemoFactory\\$.*")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.micronaut..",
                "jakarta.inject..",
                "jakarta.annotation..",
                "vn.hotline.telegram..")
            .evaluate(DEMO);
    assertThat(result.getFailureReport().getDetails()).isEmpty();
  }
}
