package io.vipgate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A database that has never seen vipgate migrates to the latest version and validates. Runs on the
 * PostgreSQL that scripts/test prepares (under Dev Services the Quarkus tests cover the same ground).
 */
@EnabledIfEnvironmentVariable(
        named = "VIPGATE_TEST_JDBC_URL",
        matches = "jdbc:postgresql:.*",
        disabledReason = "needs the local PostgreSQL that scripts/test prepares")
class FreshDatabaseMigrationTest {

    private final String user = System.getenv().getOrDefault("VIPGATE_TEST_DB_USER", "vipgate");
    private final String password = System.getenv().getOrDefault("VIPGATE_TEST_DB_PASSWORD", "vipgate");
    private final String baseUrl = System.getenv("VIPGATE_TEST_JDBC_URL");
    private final String database =
            "vipgate_fresh_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        execute("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void freshDatabase_migratesToLatestVersion_andValidates() throws Exception {
        Flyway flyway = Flyway.configure()
                .dataSource(urlOf(database), user, password)
                .locations("filesystem:" + MigrationChainTest.MIGRATIONS)
                .initSql("SET lock_timeout = '10s'; SET statement_timeout = '60s'")
                .load();

        int applied = flyway.migrate().migrationsExecuted;
        flyway.validate();

        List<Integer> versions = MigrationChainTest.versions();
        MigrationInfo current = flyway.info().current();
        assertThat(applied).isEqualTo(versions.size());
        assertThat(current.getVersion().getVersion()).isEqualTo(String.valueOf(versions.getLast()));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(tables())
                .contains(
                        "app_user",
                        "invitation_token",
                        "subscription",
                        "subscription_history",
                        "free_join_request",
                        "bot_settings",
                        "processed_update");
    }

    private List<String> tables() throws SQLException {
        try (Connection connection = DriverManager.getConnection(urlOf(database), user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String urlOf(String name) {
        return baseUrl.substring(0, baseUrl.lastIndexOf('/') + 1) + name;
    }
}
