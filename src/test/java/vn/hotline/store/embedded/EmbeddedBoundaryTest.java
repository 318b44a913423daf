package vn.hotline.store.embedded;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The embedded server is an engine under the store, not part of it: the repositories work on any
 * MongoDB, and only this package knows that the one inside the process is mongo-java-server on H2.
 */
class EmbeddedBoundaryTest {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.hotline");

  @Test
  void onlyTheEmbeddedPackageUsesTheEmbeddedServerOrH2() {
    noClasses()
        .that()
        .resideOutsideOfPackage("vn.hotline.store.embedded..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("de.bwaldvogel..", "org.h2..")
        .check(MAIN);
  }

  @Test
  void theEngineKnowsNothingOfTheRepositoriesOrTheDomain() {
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
