package io.vipgate.bootstrap.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQLite adapter is plain Java behind the application's port, and the adapters stay apart from it. */
class SqliteAdapterArchitectureTest {

    private static final String SQLITE = "io.vipgate.sqlite..";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.vipgate");
    }

    @Test
    void sqliteAdapter_usesNoFramework_andNoOtherAdapter() {
        noClasses()
                .that()
                .resideInAPackage(SQLITE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta..",
                        "io.vertx..",
                        "io.smallrye..",
                        "org.hibernate..",
                        "io.vipgate.persistence..",
                        "io.vipgate.cache..",
                        "io.vipgate.telegram..",
                        "io.vipgate.bootstrap..")
                .check(classes);
    }

    @Test
    void otherRings_doNotReachIntoTheSqliteAdapter() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.vipgate.domain..",
                        "io.vipgate.application..",
                        "io.vipgate.persistence..",
                        "io.vipgate.cache..",
                        "io.vipgate.telegram..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(SQLITE)
                .check(classes);
    }
}
