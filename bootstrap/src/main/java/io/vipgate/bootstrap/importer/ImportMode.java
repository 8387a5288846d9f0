package io.vipgate.bootstrap.importer;

import io.quarkus.runtime.Quarkus;
import io.vipgate.bootstrap.config.EffectiveSettings;
import io.vipgate.bootstrap.config.OperatorVariables;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@code import-sqlite} mode of the executable. It sets {@code vipgate.mode=import} before Quarkus starts, so
 * that whatever starts on its own (Telegram transports, webhook registration, jobs) can tell it must not; it also
 * turns the scheduler and the HTTP listener off, and fills the bot-only settings the import does not need (BOT_TOKEN,
 * ADMIN_IDS, VIP_CHANNEL_ID, FREE_CHANNEL_ID) with inert placeholders, so that an operator needs nothing but DATABASE_URL.
 * Its log lines go to stderr, so that stdout carries the report alone.
 */
public final class ImportMode implements AutoCloseable {

    public static final String COMMAND = "import-sqlite";
    public static final String PROPERTY = "vipgate.mode";
    public static final String IMPORT = "import";
    /** Stands for "ADMIN_IDS not set": 0 is never a Telegram user id. */
    public static final long NO_ADMIN = 0;
    /** Stands for "channel id not set": Telegram has no chat 0. */
    public static final long NO_CHANNEL = 0;

    private final Map<String, String> previous = new HashMap<>();

    private ImportMode(Function<String, Optional<String>> settings) {
        set(PROPERTY, IMPORT);
        set("quarkus.scheduler.enabled", "false");
        set("quarkus.http.host-enabled", "false");
        // stdout carries the report alone, so that it can be saved or piped; log lines go to stderr.
        set("quarkus.log.console.stderr", "true");
        placeholder(settings, "BOT_TOKEN", "0:import-mode-never-calls-telegram");
        placeholder(settings, "ADMIN_IDS", Long.toString(NO_ADMIN));
        placeholder(settings, "VIP_CHANNEL_ID", Long.toString(NO_CHANNEL));
        placeholder(settings, "FREE_CHANNEL_ID", Long.toString(NO_CHANNEL));
    }

    /** Fills a bot-only setting the operator left unset, so that its config mapping validates. */
    private void placeholder(Function<String, Optional<String>> settings, String variable, String inert) {
        if (settings.apply(variable).filter(value -> !value.isBlank()).isEmpty()) {
            set(OperatorVariables.propertyOf(variable).orElseThrow(), inert);
        }
    }

    /** True when the command line asks for the import rather than the bot. */
    public static boolean requested(String... args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** True inside an import run: what transports and jobs check before they start. */
    public static boolean active() {
        return active(ConfigProvider.getConfig());
    }

    public static boolean active(Config config) {
        return config.getOptionalValue(PROPERTY, String.class)
                .filter(IMPORT::equals)
                .isPresent();
    }

    /** Runs the import command in Quarkus and exits with its status (in production Quarkus.run exits itself). */
    public static void run(Config config, String... args) {
        try (ImportMode ignored = new ImportMode(EffectiveSettings.of(config))) {
            Quarkus.run(ImportCommand.class, args);
        }
    }

    private void set(String name, String value) {
        previous.put(name, System.getProperty(name));
        System.setProperty(name, value);
    }

    /** Restores the system properties, for a JVM that goes on after the import (a test's). */
    @Override
    public void close() {
        previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
