package io.vipgate.bootstrap;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.vipgate.bootstrap.config.DatabaseWait;
import io.vipgate.bootstrap.config.EffectiveSettings;
import io.vipgate.bootstrap.config.SettingsCheck;
import io.vipgate.bootstrap.config.StartupConfig;
import io.vipgate.bootstrap.importer.ImportMode;
import io.vipgate.bootstrap.importer.ImportSettingsCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Entry point. Start-up order: check every setting (one readable list, exit 78), wait for PostgreSQL
 * (up to DB_WAIT, exit 69 naming the host), then start Quarkus, which migrates and opens the transport.
 * {@code import-sqlite ...} checks only what the import needs and runs the import command instead of the bot.
 * The checks read {@link StartupConfig}, built from this process's environment, in the JVM and in a native executable.
 */
@QuarkusMain
public final class VipgateMain {

    static final int BAD_SETTINGS = 78;
    static final int DATABASE_UNREACHABLE = 69;

    private VipgateMain() {}

    public static void main(String... args) throws InterruptedException {
        // Not ConfigProvider.getConfig(): in a native executable that is still the build's configuration here.
        Config config = StartupConfig.build();
        boolean databaseRequired =
                LaunchMode.current() == LaunchMode.NORMAL && !EffectiveSettings.databaseConfigured(config);
        boolean importing = ImportMode.requested(args);
        List<String> problems = importing
                ? ImportSettingsCheck.problems(EffectiveSettings.of(config), databaseRequired)
                : SettingsCheck.problems(EffectiveSettings.of(config), databaseRequired);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("vipgate cannot start. Fix these settings (see .env.example):");
            problems.forEach(problem ->
                    message.append(System.lineSeparator()).append("  - ").append(problem));
            System.err.println(message);
            System.exit(BAD_SETTINGS);
        }
        Optional<String> jdbcUrl = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class);
        if (jdbcUrl.isPresent()) {
            DatabaseWait wait = new DatabaseWait(
                    jdbcUrl.get(),
                    config.getOptionalValue("quarkus.datasource.username", String.class),
                    config.getOptionalValue("quarkus.datasource.password", String.class),
                    VipgateMain::preStartLog);
            Duration limit =
                    config.getOptionalValue("vipgate.db-wait", Duration.class).orElse(DatabaseWait.DEFAULT_LIMIT);
            Optional<String> unreachable = wait.awaitUpTo(limit);
            if (unreachable.isPresent()) {
                System.err.println("vipgate cannot start. " + unreachable.get());
                System.exit(DATABASE_UNREACHABLE);
            }
        }
        if (importing) {
            ImportMode.run(config, args);
            return;
        }
        Quarkus.run(args);
    }

    /** Logging is configured by Quarkus itself, which has not started yet: these lines go to stderr plainly. */
    private static void preStartLog(String message) {
        System.err.println(Instant.now() + " WARN  [vipgate] " + message);
    }
}
