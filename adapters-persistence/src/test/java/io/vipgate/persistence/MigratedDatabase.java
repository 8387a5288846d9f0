package io.vipgate.persistence;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A database of its own for one test profile, migrated to the latest version and then changed by the profile's
 * {@code alter} statement, before the application starts on it; dropped afterwards. On the PostgreSQL that
 * scripts/test prepares.
 */
public class MigratedDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String ALTER = "alter";

    private final String user = System.getenv().getOrDefault("VIPGATE_TEST_DB_USER", "vipgate");
    private final String password = System.getenv().getOrDefault("VIPGATE_TEST_DB_PASSWORD", "vipgate");
    private final String baseUrl = System.getenv("VIPGATE_TEST_JDBC_URL");
    private final String name =
            "vipgate_altered_" + UUID.randomUUID().toString().replace("-", "");
    private String alter;

    /** The init arguments of a profile's entry: run {@code statement} once the database is migrated. */
    public static Map<String, String> alteredBy(String statement) {
        return Map.of(ALTER, statement);
    }

    @Override
    public void init(Map<String, String> initArgs) {
        alter = initArgs.get(ALTER);
    }

    @Override
    public Map<String, String> start() {
        execute(baseUrl, "CREATE DATABASE " + name);
        String url = baseUrl.substring(0, baseUrl.lastIndexOf('/') + 1) + name;
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("filesystem:" + MigrationChainTest.MIGRATIONS)
                .load()
                .migrate();
        if (alter != null) {
            execute(url, alter);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url, "quarkus.datasource.reactive.url", url.substring("jdbc:".length()));
    }

    @Override
    public void stop() {
        execute(baseUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }
}
