package io.vipgate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Hibernate validates the mapping at start and refuses a schema that does not match it: on a database Flyway
 * migrated and that then lost a column an entity maps, the application does not start ({@link StartThenStop} exits
 * 0 once started, so a start that should have failed fails this test at once).
 */
@QuarkusMainTest
@TestProfile(SchemaMismatchTest.ColumnDropped.class)
@EnabledIfEnvironmentVariable(
        named = "VIPGATE_TEST_JDBC_URL",
        matches = "jdbc:postgresql:.*",
        disabledReason = "needs the local PostgreSQL that scripts/test prepares")
class SchemaMismatchTest {

    @Test
    @Launch(
            value = {},
            exitCode = 1)
    void aColumnAnEntityMaps_missingFromTheSchema_failsTheStart(LaunchResult result) {
        assertThat(result.getOutput() + result.getErrorOutput())
                .contains("Schema validation: missing column [minted_by] in table [invitation_token]");
    }

    /** A freshly migrated database without {@code invitation_token.minted_by}, which {@code TokenEntity} maps. */
    public static class ColumnDropped implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(
                    MigratedDatabase.class,
                    MigratedDatabase.alteredBy("ALTER TABLE invitation_token DROP COLUMN minted_by")));
        }
    }
}
