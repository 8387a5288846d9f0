package io.vipgate.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rings: domain and application stay plain Java, dependencies point inward, adapters stay apart. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {
        "io.quarkus..", "jakarta..", "io.vertx..", "io.smallrye..", "org.hibernate..", "org.telegram.."
    };
    private static final String DOMAIN = "io.vipgate.domain..";
    private static final String APPLICATION = "io.vipgate.application..";
    private static final String PERSISTENCE = "io.vipgate.persistence..";
    private static final String CACHE = "io.vipgate.cache..";
    private static final String TELEGRAM = "io.vipgate.telegram..";
    private static final String DASHBOARD = "io.vipgate.dashboard..";
    private static final String BOOTSTRAP = "io.vipgate.bootstrap..";
    private static final String LEGACY_IMPORT = "io.vipgate.application.legacyimport..";
    private static final String LEGACY_IMPORT_TABLES = "io.vipgate.persistence.legacyimport..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The modules' test-jars (fakes, contracts, fixtures) are test code too, though they come as jars.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.vipgate");
    }

    @Test
    void domainAndApplication_useNoFramework() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN, APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .check(classes);
    }

    @Test
    void domain_dependsOnNothingOutsideItself() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(APPLICATION, PERSISTENCE, CACHE, TELEGRAM, DASHBOARD, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void application_dependsOnNoAdapter() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, CACHE, TELEGRAM, DASHBOARD, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void persistenceAdapter_staysOutOfOtherAdapters() {
        noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CACHE, TELEGRAM, DASHBOARD, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void cacheAdapter_staysOutOfOtherAdapters() {
        noClasses()
                .that()
                .resideInAPackage(CACHE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, TELEGRAM, DASHBOARD, BOOTSTRAP)
                .check(classes);
    }

    @Test
    void telegramAdapter_staysOutOfOtherAdapters() {
        noClasses()
                .that()
                .resideInAPackage(TELEGRAM)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, CACHE, DASHBOARD, BOOTSTRAP)
                .check(classes);
    }

    /** The dashboard is one more adapter: it reaches the bot through use cases only. */
    @Test
    void dashboardAdapter_staysOutOfOtherAdapters() {
        noClasses()
                .that()
                .resideInAPackage(DASHBOARD)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, CACHE, TELEGRAM, BOOTSTRAP)
                .check(classes);
    }

    /** The legacy import is a one-off command: the bot's own features never reach into it. */
    @Test
    void botFeatures_neverUseTheLegacyImport() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .and()
                .resideOutsideOfPackage(LEGACY_IMPORT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(LEGACY_IMPORT)
                .check(classes);
    }

    /** Its PostgreSQL side too: the bot's adapters never reach into the import's statements. */
    @Test
    void botPersistence_neverUsesTheLegacyImport() {
        noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .and()
                .resideOutsideOfPackage(LEGACY_IMPORT_TABLES)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(LEGACY_IMPORT_TABLES)
                .check(classes);
    }

    /** Feature packages keep to a size a newcomer can scan, in the application and in the PostgreSQL adapter. */
    @Test
    void featurePackages_holdAtMostFifteenTypes() {
        Map<String, Long> sizes = classes.stream()
                .filter(c -> c.isTopLevelClass()
                        && (c.getPackageName().startsWith("io.vipgate.application")
                                || c.getPackageName().startsWith("io.vipgate.persistence")))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));
        assertThat(sizes).allSatisfy((name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(15));
    }

    /** A discovered adapter is injectable only by its own class, so no port type can skip OutPorts' composition. */
    @Test
    void persistenceAdapters_areTypedToTheirOwnClass() {
        classes()
                .that()
                .resideInAPackage(PERSISTENCE)
                .and()
                .haveSimpleNameEndingWith("Adapter")
                .and()
                .areAnnotatedWith(ApplicationScoped.class)
                .should()
                .beAnnotatedWith(Typed.class)
                .check(classes);
    }

    /**
     * One wiring path: the bot's ports reach producers through OutPorts (and the payment and dashboard ports through
     * PaymentPorts and DashboardPorts, which compose them the same way); only the update-log choice and the legacy
     * import's target, which nothing composes, take a PostgreSQL adapter elsewhere.
     */
    @Test
    void onlyOutPortsTakesTheBotsPersistenceAdapters() {
        noClasses()
                .that()
                .resideInAPackage(BOOTSTRAP)
                .and()
                .doNotHaveSimpleName("OutPorts")
                .and()
                .doNotHaveSimpleName("PaymentPorts")
                .and()
                .doNotHaveSimpleName("DashboardPorts")
                .and()
                .doNotHaveSimpleName("CacheWiring")
                .and()
                .doNotHaveSimpleName("ImportWiring")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(PERSISTENCE)
                .check(classes);
    }
}
