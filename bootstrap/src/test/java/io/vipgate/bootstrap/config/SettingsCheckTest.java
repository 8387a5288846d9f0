package io.vipgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every missing or malformed setting is reported at once, by its variable name, without its value. */
class SettingsCheckTest {

    private static final Map<String, String> VALID = Map.of(
            "BOT_TOKEN", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
            "ADMIN_IDS", "11111111, 22222222",
            "VIP_CHANNEL_ID", "-1001234567890",
            "FREE_CHANNEL_ID", "-1001234567891",
            "DATABASE_URL", "postgresql://u:p@db:5432/vipgate");

    @Test
    void completeSettings_haveNoProblems() {
        assertThat(check(VALID, true)).isEmpty();
    }

    @Test
    void nothingSet_listsEveryRequiredSetting() {
        List<String> problems = check(Map.of(), true);

        assertThat(problems).hasSize(5);
        assertThat(String.join("\n", problems))
                .contains(
                        "BOT_TOKEN is missing",
                        "ADMIN_IDS is missing",
                        "VIP_CHANNEL_ID is missing",
                        "FREE_CHANNEL_ID is missing",
                        "DATABASE_URL is missing");
    }

    @Test
    void databaseUrl_isOptionalOutsideProduction() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.remove("DATABASE_URL");

        assertThat(check(settings, false)).isEmpty();
    }

    @Test
    void malformedValues_areNamed_andNeverEchoed() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("BOT_TOKEN", "not-a-token-SECRETVALUE");
        settings.put("ADMIN_IDS", "12,abc");
        settings.put("VIP_CHANNEL_ID", "channel");
        settings.put("DATABASE_URL", "mysql://x");
        settings.put("REDIS_URL", "http://redis");
        settings.put("PORT", "99999");
        settings.put("DEFAULT_LOCALE", "fr");
        settings.put("REMINDER_OFFSETS", "3d,soon");
        settings.put("TOKEN_VALIDITY", "0m");

        List<String> problems = check(settings, true);

        assertThat(problems)
                .hasSize(9)
                .allSatisfy(problem -> assertThat(problem).contains("is malformed"));
        assertThat(String.join("\n", problems)).doesNotContain("SECRETVALUE");
    }

    @Test
    void jobIntervals_takeADurationOrOff() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("JOB_EXPIRY_INTERVAL", "30s");
        settings.put("JOB_REMINDER_INTERVAL", "off");
        settings.put("JOB_FREE_APPROVAL_INTERVAL", "10");
        settings.put("JOB_BROADCAST_INTERVAL", "soon");

        assertThat(check(settings, false))
                .containsExactly(
                        "JOB_FREE_APPROVAL_INTERVAL is malformed: expected an interval like 30s, 5m or 1h, or off",
                        "JOB_BROADCAST_INTERVAL is malformed: expected an interval like 30s, 5m or 1h, or off");
    }

    @Test
    void poolSizeWaitPortsAndTimeouts_areCheckedForShapeAndRange_byName_withoutTheirValues() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("DB_WAIT", "abc");
        settings.put("DB_POOL_SIZE", "ten");
        settings.put("MANAGEMENT_PORT", "70000");
        settings.put("UPDATE_HANDLING_TIMEOUT", "1s");
        settings.put("VIPGATE_TELEGRAM_WEBHOOK_REPLY_IN_BODY", "yes");
        settings.put("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "0");
        settings.put("DASHBOARD_SIGNIN_PER_MINUTE", "0");

        assertThat(check(settings, true))
                .containsExactly(
                        "MANAGEMENT_PORT is malformed: expected a TCP port other than PORT's, like 9000",
                        "DB_POOL_SIZE is malformed: expected a whole number of connections from 1 to 1000, like 10",
                        "DB_WAIT is malformed: expected a duration from 0s to 1h, like 60s or 2m",
                        "UPDATE_HANDLING_TIMEOUT is malformed: expected a duration from 5s to 1h, like 60s",
                        "VIPGATE_TELEGRAM_WEBHOOK_REPLY_IN_BODY is malformed: expected true or false",
                        "QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE is malformed: expected a whole number of event loops from 1 to 256",
                        "DASHBOARD_SIGNIN_PER_MINUTE is malformed: expected a whole number of sign-in attempts a minute from 1 to "
                                + "1000, like 10");
    }

    @Test
    void rangesEnds_areAccepted_andJustBeyondThemRefused() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("DB_WAIT", "0s");
        settings.put("DB_POOL_SIZE", "1");
        settings.put("MANAGEMENT_PORT", "0");
        settings.put("PORT", "0");
        settings.put("UPDATE_HANDLING_TIMEOUT", "5s");
        settings.put("DASHBOARD_SIGNIN_PER_MINUTE", "1");
        assertThat(check(settings, true)).isEmpty();
        settings.put("DB_WAIT", "60m");
        settings.put("DB_POOL_SIZE", "1000");
        settings.put("MANAGEMENT_PORT", "65535");
        settings.put("UPDATE_HANDLING_TIMEOUT", "1h");
        settings.put("DASHBOARD_SIGNIN_PER_MINUTE", "1000");
        assertThat(check(settings, true)).isEmpty();

        settings.put("DB_WAIT", "61m");
        settings.put("DB_POOL_SIZE", "1001");
        settings.put("MANAGEMENT_PORT", "-1");
        settings.put("UPDATE_HANDLING_TIMEOUT", "4999ms");
        assertThat(check(settings, true)).hasSize(4);
    }

    @Test
    void managementPort_mayNotBeTheHttpPort() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("PORT", "9000");
        settings.put("MANAGEMENT_PORT", "9000");

        assertThat(check(settings, true)).singleElement().asString().startsWith("MANAGEMENT_PORT is malformed");
        settings.remove("PORT");
        settings.put("MANAGEMENT_PORT", "8080");
        assertThat(check(settings, true))
                .as("PORT's default")
                .singleElement()
                .asString()
                .startsWith("MANAGEMENT_PORT is malformed");
    }

    @Test
    void webhookMode_requiresWebhookSecret() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("RAILWAY_PUBLIC_DOMAIN", "vipgate.up.railway.app");

        assertThat(check(settings, true)).singleElement().asString().startsWith("WEBHOOK_SECRET is missing");

        settings.put("WEBHOOK_SECRET", "a-long-enough-secret_123");
        assertThat(check(settings, true)).isEmpty();
    }

    @Test
    void publicUrl_mustBeHttps() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("PUBLIC_URL", "http://bot.example.com");
        settings.put("WEBHOOK_SECRET", "a-long-enough-secret_123");

        assertThat(check(settings, true)).singleElement().asString().startsWith("PUBLIC_URL is malformed");
    }

    @Test
    void blankValues_countAsMissing() {
        Map<String, String> settings = new HashMap<>(VALID);
        settings.put("BOT_TOKEN", "   ");

        assertThat(check(settings, true)).singleElement().asString().startsWith("BOT_TOKEN is missing");
    }

    private static List<String> check(Map<String, String> settings, boolean production) {
        return SettingsCheck.problems(name -> Optional.ofNullable(settings.get(name)), production);
    }
}
