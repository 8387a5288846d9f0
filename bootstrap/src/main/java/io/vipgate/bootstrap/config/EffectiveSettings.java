package io.vipgate.bootstrap.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Looks a setting up by the variable name operators know (BOT_TOKEN) but reads the property the application
 * actually uses (vipgate.telegram.bot-token), so that profiles, system properties and .env count too.
 */
public final class EffectiveSettings {

    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("BOT_TOKEN", "vipgate.telegram.bot-token"),
            Map.entry("ADMIN_IDS", "vipgate.bot.admin-ids"),
            Map.entry("VIP_CHANNEL_ID", "vipgate.telegram.vip-channel-id"),
            Map.entry("FREE_CHANNEL_ID", "vipgate.telegram.free-channel-id"),
            Map.entry("TELEGRAM_API_URL", "vipgate.telegram.api-url"),
            Map.entry("WEBHOOK_SECRET", "vipgate.telegram.webhook-secret"),
            Map.entry("DEFAULT_LOCALE", "vipgate.bot.default-locale"),
            Map.entry("REMINDER_OFFSETS", "vipgate.bot.reminder-offsets"),
            Map.entry("TOKEN_VALIDITY", "vipgate.bot.token-validity"),
            Map.entry("CACHE_VERSION", "vipgate.cache.version"),
            Map.entry("PORT", "quarkus.http.port"),
            Map.entry("MANAGEMENT_PORT", "quarkus.management.port"),
            Map.entry("DB_POOL_SIZE", "quarkus.datasource.reactive.max-size"),
            Map.entry("DB_WAIT", "vipgate.db-wait"),
            Map.entry("UPDATE_HANDLING_TIMEOUT", "vipgate.bot.update-handling-timeout"),
            Map.entry("VIPGATE_TELEGRAM_WEBHOOK_REPLY_IN_BODY", "vipgate.telegram.webhook-reply-in-body"),
            Map.entry("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "quarkus.vertx.event-loops-pool-size"),
            Map.entry("JOB_EXPIRY_INTERVAL", "vipgate.jobs.expiry-interval"),
            Map.entry("JOB_REMINDER_INTERVAL", "vipgate.jobs.reminder-interval"),
            Map.entry("JOB_FREE_APPROVAL_INTERVAL", "vipgate.jobs.free-approval-interval"),
            Map.entry("JOB_BROADCAST_INTERVAL", "vipgate.jobs.broadcast-interval"));

    private EffectiveSettings() {}

    public static Function<String, Optional<String>> of(Config config) {
        return name -> config.getOptionalValue(PROPERTIES.getOrDefault(name, name), String.class);
    }

    /** A database is configured when DATABASE_URL is set or the datasource was given directly. */
    public static boolean databaseConfigured(Config config) {
        return config.getOptionalValue("DATABASE_URL", String.class).isPresent()
                || config.getOptionalValue("quarkus.datasource.reactive.url", String.class)
                        .isPresent();
    }
}
