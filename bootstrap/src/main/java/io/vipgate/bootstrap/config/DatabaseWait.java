package io.vipgate.bootstrap.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits for PostgreSQL before anything starts, with backoff and one log line per attempt, so that a deploy
 * that races its database neither crash-loops nor waits silently. It asks PostgreSQL's driver directly rather than
 * {@code DriverManager}, whose driver discovery a native executable need not have set up before Quarkus starts.
 */
public final class DatabaseWait {

    private static final Pattern HOST = Pattern.compile("jdbc:postgresql://([^/?]+)");
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    /** DB_WAIT's default. Read before Quarkus starts, so no {@code @ConfigMapping} holds it. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Consumer<String> log;

    public DatabaseWait(String jdbcUrl, Optional<String> user, Optional<String> password, Consumer<String> log) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.log = log;
    }

    /** Returns empty once PostgreSQL answers, or the reason it still did not after {@code limit}. */
    public Optional<String> awaitUpTo(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Duration backoff = Duration.ofMillis(500);
        for (int attempt = 1; ; attempt++) {
            Optional<String> failure = tryOnce();
            if (failure.isEmpty()) {
                return Optional.empty();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.of("PostgreSQL at " + host() + " could not be reached within " + limit.toSeconds()
                        + " s (DB_WAIT): " + failure.get());
            }
            log.accept("waiting for PostgreSQL at " + host() + " (attempt " + attempt + "): " + failure.get());
            Thread.sleep(Math.min(backoff.toMillis(), Duration.ofNanos(left).toMillis() + 1));
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** Host and port only: the URL may carry credentials in its query. */
    public String host() {
        Matcher matcher = HOST.matcher(jdbcUrl);
        return matcher.find() ? matcher.group(1) : "the configured host";
    }

    private Optional<String> tryOnce() {
        Properties properties = new Properties();
        user.ifPresent(name -> properties.setProperty("user", name));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("loginTimeout", "5");
        properties.setProperty("connectTimeout", "5");
        try (Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties)) {
            return connection == null ? Optional.of("not a PostgreSQL JDBC URL") : Optional.empty();
        } catch (SQLException failure) {
            return Optional.of(Optional.ofNullable(failure.getMessage())
                    .orElse(failure.getClass().getSimpleName()));
        }
    }
}
