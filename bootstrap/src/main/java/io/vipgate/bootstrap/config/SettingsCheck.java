package io.vipgate.bootstrap.config;

import io.vipgate.domain.time.DurationList;
import io.vipgate.domain.time.VipDuration;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every setting the operator gives before anything starts, and lists all problems at once: the old
 * bot died one missing variable at a time. Values are never echoed, since some of them are secrets.
 */
public final class SettingsCheck {

    private static final Pattern BOT_TOKEN = Pattern.compile("[0-9]{3,20}:[A-Za-z0-9_-]{30,100}");
    private static final Pattern USER_ID = Pattern.compile("[1-9][0-9]{0,18}");
    private static final Pattern CHAT_ID = Pattern.compile("-?[1-9][0-9]{0,18}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{16,256}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}");
    private static final Pattern CACHE_VERSION = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    /** A whole number and a unit, as Quarkus reads a duration; ranges are checked on the parsed value. */
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");
    /** What the scheduler takes for an interval: a whole number of ms, s, m, h or d, or "off". */
    private static final Pattern INTERVAL = Pattern.compile("off|disabled|[1-9][0-9]{0,8}(ms|s|m|h|d)");

    private final Function<String, Optional<String>> settings;
    private final List<String> problems = new ArrayList<>();

    private SettingsCheck(Function<String, Optional<String>> settings) {
        this.settings = name -> settings.apply(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The problems with the settings {@code lookup} finds; empty when the bot may start. */
    public static List<String> problems(Function<String, Optional<String>> lookup, boolean databaseRequired) {
        SettingsCheck check = new SettingsCheck(lookup);
        check.required("BOT_TOKEN", BOT_TOKEN, "the token @BotFather gave you, like 123456789:AA...");
        check.required(
                "ADMIN_IDS",
                value -> value.split(",").length > 0
                        && List.of(value.split(",")).stream()
                                .allMatch(id -> USER_ID.matcher(id.strip()).matches()),
                "comma-separated numeric Telegram user ids, like 11111111,22222222");
        check.required("VIP_CHANNEL_ID", CHAT_ID, "the VIP channel's numeric id, like -1001234567890");
        check.required("FREE_CHANNEL_ID", CHAT_ID, "the free channel's numeric id, like -1001234567891");
        if (databaseRequired) {
            check.required("DATABASE_URL", DatabaseUrl::parse, "postgresql://user:password@host:5432/database");
        } else {
            check.optional("DATABASE_URL", DatabaseUrl::parse, "postgresql://user:password@host:5432/database");
        }
        check.optional("REDIS_URL", value -> url(value, "redis", "rediss"), "redis://default:password@host:6379");
        check.optional("PUBLIC_URL", value -> url(value, "https"), "https://bot.example.com");
        check.optional("RAILWAY_PUBLIC_DOMAIN", HOST, "a host name, like vipgate.up.railway.app");
        boolean webhook = check.settings.apply("PUBLIC_URL").isPresent()
                || check.settings.apply("RAILWAY_PUBLIC_DOMAIN").isPresent();
        if (webhook) {
            check.required("WEBHOOK_SECRET", SECRET, "16 to 256 of A-Z a-z 0-9 _ - (needed in webhook mode)");
        } else {
            check.optional("WEBHOOK_SECRET", SECRET, "16 to 256 of A-Z a-z 0-9 _ -");
        }
        // 0 (any free port) is how @QuarkusIntegrationTest starts the packaged application.
        check.optional("PORT", value -> between(Integer.parseInt(value), 0, 65535), "a TCP port, like 8080");
        String httpPort = check.settings.apply("PORT").orElse("8080");
        check.optional(
                "MANAGEMENT_PORT",
                value -> between(Integer.parseInt(value), 0, 65535) && (value.equals("0") || !value.equals(httpPort)),
                "a TCP port other than PORT's, like 9000");
        check.optional(
                "DB_POOL_SIZE",
                value -> between(Integer.parseInt(value), 1, 1000),
                "a whole number of connections from 1 to 1000, like 10");
        check.optional(
                "DB_WAIT",
                value -> within(value, Duration.ZERO, Duration.ofHours(1)),
                "a duration from 0s to 1h, like 60s or 2m");
        check.optional(
                "UPDATE_HANDLING_TIMEOUT",
                value -> within(value, Duration.ofSeconds(5), Duration.ofHours(1)),
                "a duration from 5s to 1h, like 60s");
        check.optional(
                "VIPGATE_TELEGRAM_WEBHOOK_REPLY_IN_BODY",
                value -> value.equals("true") || value.equals("false"),
                "true or false");
        check.optional(
                "QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE",
                value -> between(Integer.parseInt(value), 1, 256),
                "a whole number of event loops from 1 to 256");
        check.optional(
                "DASHBOARD_SIGNIN_PER_MINUTE",
                value -> between(Integer.parseInt(value), 1, 1000),
                "a whole number of sign-in attempts a minute from 1 to 1000, like 10");
        check.optional("TELEGRAM_API_URL", value -> url(value, "https", "http"), "https://api.telegram.org");
        check.optional("CACHE_VERSION", CACHE_VERSION, "1 to 32 of A-Z a-z 0-9 _ . -");
        check.optional("DEFAULT_LOCALE", value -> value.equals("es") || value.equals("en"), "es or en");
        check.optional("REMINDER_OFFSETS", DurationList::parse, "durations like 3d,1d,1h");
        check.optional("TOKEN_VALIDITY", VipDuration::parse, VipDuration.SYNTAX);
        for (String job : List.of(
                "JOB_EXPIRY_INTERVAL",
                "JOB_REMINDER_INTERVAL",
                "JOB_FREE_APPROVAL_INTERVAL",
                "JOB_BROADCAST_INTERVAL",
                "JOB_SWEEP_INTERVAL",
                "JOB_STARS_RECONCILE_INTERVAL")) {
            check.optional(job, INTERVAL, "an interval like 30s, 5m or 1h, or off");
        }
        return List.copyOf(check.problems);
    }

    private void required(String name, Pattern shape, String expected) {
        required(name, value -> shape.matcher(value).matches(), expected);
    }

    private void optional(String name, Pattern shape, String expected) {
        optional(name, value -> shape.matcher(value).matches(), expected);
    }

    private void required(String name, Function<String, Object> validator, String expected) {
        if (settings.apply(name).isEmpty()) {
            problems.add(name + " is missing: " + expected);
        } else {
            optional(name, validator, expected);
        }
    }

    private void optional(String name, Function<String, Object> validator, String expected) {
        settings.apply(name).ifPresent(value -> {
            boolean valid;
            try {
                valid = !Boolean.FALSE.equals(validator.apply(value));
            } catch (RuntimeException invalid) {
                valid = false;
            }
            if (!valid) {
                problems.add(name + " is malformed: expected " + expected);
            }
        });
    }

    private static boolean between(int value, int low, int high) {
        return value >= low && value <= high;
    }

    private static boolean within(String value, Duration low, Duration high) {
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        return duration.compareTo(low) >= 0 && duration.compareTo(high) <= 0;
    }

    private static boolean url(String value, String... schemes) {
        URI uri = URI.create(value);
        return uri.getHost() != null && List.of(schemes).contains(uri.getScheme());
    }
}
