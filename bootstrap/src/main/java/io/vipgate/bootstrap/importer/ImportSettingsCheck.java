package io.vipgate.bootstrap.importer;

import io.vipgate.bootstrap.config.DatabaseUrl;
import io.vipgate.domain.time.DurationList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The settings check of {@code import-sqlite}: only the database is needed. The few bot settings the import compares
 * with (channels, admins, reminder offsets) are checked when given, never required; values are never echoed.
 */
public final class ImportSettingsCheck {

    private ImportSettingsCheck() {}

    public static List<String> problems(Function<String, Optional<String>> lookup, boolean databaseRequired) {
        Function<String, Optional<String>> settings =
                name -> lookup.apply(name).map(String::strip).filter(value -> !value.isEmpty());
        List<String> problems = new ArrayList<>();
        if (databaseRequired && settings.apply("DATABASE_URL").isEmpty()) {
            problems.add("DATABASE_URL is missing: the PostgreSQL to import into, like"
                    + " postgresql://user:password@host:5432/database");
        }
        check(
                settings,
                problems,
                "DATABASE_URL",
                value -> DatabaseUrl.parse(value) != null,
                "postgresql://user:password@host:5432/database");
        check(
                settings,
                problems,
                "ADMIN_IDS",
                value -> value.matches("\\s*[1-9][0-9]{0,18}(\\s*,\\s*[1-9][0-9]{0,18})*\\s*"),
                "comma-separated numeric Telegram user ids, like 11111111,22222222");
        check(
                settings,
                problems,
                "VIP_CHANNEL_ID",
                value -> value.matches("-?[1-9][0-9]{0,18}"),
                "the VIP channel's numeric id, like -1001234567890");
        check(
                settings,
                problems,
                "FREE_CHANNEL_ID",
                value -> value.matches("-?[1-9][0-9]{0,18}"),
                "the free channel's numeric id, like -1001234567891");
        check(
                settings,
                problems,
                "REMINDER_OFFSETS",
                value -> DurationList.parse(value) != null,
                "durations like 3d,1d,1h");
        return List.copyOf(problems);
    }

    private static void check(
            Function<String, Optional<String>> settings,
            List<String> problems,
            String name,
            Predicate<String> valid,
            String expected) {
        settings.apply(name).ifPresent(value -> {
            boolean ok;
            try {
                ok = valid.test(value);
            } catch (RuntimeException malformed) {
                ok = false;
            }
            if (!ok) {
                problems.add(name + " is malformed: expected " + expected);
            }
        });
    }
}
