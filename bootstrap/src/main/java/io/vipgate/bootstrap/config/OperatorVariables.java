package io.vipgate.bootstrap.config;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one table of the variables operators set (REMINDER_OFFSETS) and the properties they set
 * (vipgate.bot.reminder-offsets). {@link OperatorVariablesInterceptor} reads it to resolve a property from its
 * variable; {@link EffectiveSettings} reads it the other way to check a variable by the property the application
 * uses. Defaults live only where the property is read: the {@code @WithDefault} of its {@code @ConfigMapping}, or
 * Quarkus's own default for a {@code quarkus.*} property.
 *
 * <p>Not here: DATABASE_URL and REDIS_URL, which are parsed into several properties ({@link
 * EnvironmentConfigSource}), and PUBLIC_URL with its Railway fallback, which application.properties composes.
 */
public final class OperatorVariables {

    private static final Map<String, String> PROPERTY_BY_VARIABLE = Map.ofEntries(
            Map.entry("BOT_TOKEN", "vipgate.telegram.bot-token"),
            Map.entry("TELEGRAM_API_URL", "vipgate.telegram.api-url"),
            Map.entry("VIP_CHANNEL_ID", "vipgate.telegram.vip-channel-id"),
            Map.entry("FREE_CHANNEL_ID", "vipgate.telegram.free-channel-id"),
            Map.entry("WEBHOOK_SECRET", "vipgate.telegram.webhook-secret"),
            Map.entry("ADMIN_IDS", "vipgate.bot.admin-ids"),
            Map.entry("REMINDER_OFFSETS", "vipgate.bot.reminder-offsets"),
            Map.entry("TOKEN_VALIDITY", "vipgate.bot.token-validity"),
            Map.entry("DEFAULT_LOCALE", "vipgate.bot.default-locale"),
            Map.entry("UPDATE_HANDLING_TIMEOUT", "vipgate.bot.update-handling-timeout"),
            Map.entry("DB_POOL_SIZE", "quarkus.datasource.reactive.max-size"),
            Map.entry("DB_WAIT", "vipgate.db-wait"),
            Map.entry("CACHE_VERSION", "vipgate.cache.version"),
            Map.entry("JOB_EXPIRY_INTERVAL", "vipgate.jobs.expiry-interval"),
            Map.entry("JOB_REMINDER_INTERVAL", "vipgate.jobs.reminder-interval"),
            Map.entry("JOB_FREE_APPROVAL_INTERVAL", "vipgate.jobs.free-approval-interval"),
            Map.entry("JOB_BROADCAST_INTERVAL", "vipgate.jobs.broadcast-interval"),
            Map.entry("JOB_SWEEP_INTERVAL", "vipgate.jobs.sweep-interval"),
            Map.entry("PAYSUPPORT_TEXT", "vipgate.store.support-text"),
            Map.entry("TERMS_TEXT", "vipgate.store.terms-text"),
            Map.entry("PRIVACY_TEXT", "vipgate.store.privacy-text"),
            Map.entry("JOB_STARS_RECONCILE_INTERVAL", "vipgate.store.reconcile-interval"),
            Map.entry("DASHBOARD_SIGNIN_PER_MINUTE", "vipgate.dashboard.sign-in-attempts-per-minute"),
            Map.entry("PORT", "quarkus.http.port"),
            Map.entry("MANAGEMENT_PORT", "quarkus.management.port"),
            // Tuning, spelled as Quarkus spells a property in the environment; here so that the check sees a
            // system property or .env line too.
            Map.entry("VIPGATE_TELEGRAM_WEBHOOK_REPLY_IN_BODY", "vipgate.telegram.webhook-reply-in-body"),
            Map.entry("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "quarkus.vertx.event-loops-pool-size"));

    private static final Map<String, String> VARIABLE_BY_PROPERTY = PROPERTY_BY_VARIABLE.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private OperatorVariables() {}

    /** Every variable and the property it sets. */
    public static Map<String, String> propertyByVariable() {
        return PROPERTY_BY_VARIABLE;
    }

    /** The property an operator's variable sets, if it is one of the table's. */
    public static Optional<String> propertyOf(String variable) {
        return Optional.ofNullable(PROPERTY_BY_VARIABLE.get(variable));
    }

    /** The variable that sets a property, if the table has one. */
    public static Optional<String> variableOf(String property) {
        return Optional.ofNullable(VARIABLE_BY_PROPERTY.get(property));
    }
}
