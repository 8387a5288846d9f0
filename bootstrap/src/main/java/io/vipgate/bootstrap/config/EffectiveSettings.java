package io.vipgate.bootstrap.config;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Looks a setting up by the variable name operators know (BOT_TOKEN) but reads the property the application
 * actually uses (vipgate.telegram.bot-token), so that profiles, system properties and .env count too.
 */
public final class EffectiveSettings {

    private EffectiveSettings() {}

    public static Function<String, Optional<String>> of(Config config) {
        return name ->
                config.getOptionalValue(OperatorVariables.propertyOf(name).orElse(name), String.class);
    }

    /** A database is configured when DATABASE_URL is set or the datasource was given directly. */
    public static boolean databaseConfigured(Config config) {
        return config.getOptionalValue("DATABASE_URL", String.class).isPresent()
                || config.getOptionalValue("quarkus.datasource.reactive.url", String.class)
                        .isPresent();
    }
}
