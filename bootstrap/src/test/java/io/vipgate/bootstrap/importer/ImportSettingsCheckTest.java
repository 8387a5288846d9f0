package io.vipgate.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The import needs only DATABASE_URL; the bot's own settings are checked when given, never required. */
class ImportSettingsCheckTest {

    private static java.util.List<String> problems(Map<String, String> settings, boolean databaseRequired) {
        return ImportSettingsCheck.problems(name -> Optional.ofNullable(settings.get(name)), databaseRequired);
    }

    @Test
    void databaseUrlAlone_isEnough_withoutBotTokenOrAdmins() {
        assertThat(problems(Map.of("DATABASE_URL", "postgresql://u:p@db:5432/vipgate"), true))
                .isEmpty();
    }

    @Test
    void missingDatabaseUrl_isTheOnlyRequirement() {
        assertThat(problems(Map.of(), true))
                .containsExactly("DATABASE_URL is missing: the PostgreSQL to import into, like"
                        + " postgresql://user:password@host:5432/database");
        assertThat(problems(Map.of(), false)).isEmpty();
    }

    @Test
    void givenSettings_mustBeWellFormed_andAreNeverEchoed() {
        assertThat(problems(
                        Map.of(
                                "DATABASE_URL",
                                "mysql://x",
                                "VIP_CHANNEL_ID",
                                "@vip",
                                "ADMIN_IDS",
                                "1,abc",
                                "REMINDER_OFFSETS",
                                "soon"),
                        false))
                .containsExactlyInAnyOrder(
                        "DATABASE_URL is malformed: expected postgresql://user:password@host:5432/database",
                        "VIP_CHANNEL_ID is malformed: expected the VIP channel's numeric id, like -1001234567890",
                        "ADMIN_IDS is malformed: expected comma-separated numeric Telegram user ids, like 11111111,22222222",
                        "REMINDER_OFFSETS is malformed: expected durations like 3d,1d,1h");
    }
}
