package io.vipgate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.dashboard.InitDataCheck.Verdict;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@code initData} signed here the way Telegram documents it, computed independently of the class under test:
 * secret = HMAC-SHA256(key "WebAppData", bot token); hash = hex HMAC-SHA256(key secret, sorted "k=v" lines).
 */
class InitDataCheckTest {

    private static final String TOKEN = "7000000001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final InitDataCheck check = new InitDataCheck(TOKEN);

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    /** The query string a Mini App would receive for {@code userId}, signed {@code age} ago with {@code token}. */
    private static String signed(String token, long userId, Duration age) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("query_id", "AAHdF6IQAAAAAN0XohDhrOrc");
        fields.put(
                "user",
                "{\"id\":" + userId + ",\"first_name\":\"Ana\",\"username\":\"ana_b\",\"language_code\":\"es\"}");
        fields.put("auth_date", Long.toString(NOW.minus(age).getEpochSecond()));
        fields.put("chat_type", "sender");
        String dataCheckString = fields.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        byte[] secret = hmac("WebAppData".getBytes(StandardCharsets.UTF_8), token);
        fields.put("hash", HexFormat.of().formatHex(hmac(secret, dataCheckString)));
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Test
    void initDataSignedWithTheBotsToken_isValid_forItsUser() throws Exception {
        assertThat(check.check(signed(TOKEN, 1001L, Duration.ofMinutes(5)), NOW))
                .isEqualTo(new Verdict.Valid(1001L));
    }

    @Test
    void aTamperedHash_isForged() throws Exception {
        String data = signed(TOKEN, 1001L, Duration.ZERO);
        char last = data.charAt(data.length() - 1);
        String tampered = data.substring(0, data.length() - 1) + (last == '0' ? '1' : '0');

        assertThat(check.check(tampered, NOW)).isInstanceOf(Verdict.Forged.class);
    }

    @Test
    void aTamperedUser_isForged() throws Exception {
        String data = signed(TOKEN, 1001L, Duration.ZERO).replace("%3A1001%2C", "%3A1002%2C");

        assertThat(data).contains("1002");
        assertThat(check.check(data, NOW)).isInstanceOf(Verdict.Forged.class);
    }

    @Test
    void initDataSignedWithAnotherBotsToken_isForged() throws Exception {
        String other = signed("7000000002:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", 1001L, Duration.ZERO);

        assertThat(check.check(other, NOW)).isInstanceOf(Verdict.Forged.class);
    }

    @Test
    void anAuthDateOverAnHourOld_isExpired_andAnHourIsStillFine() throws Exception {
        assertThat(check.check(signed(TOKEN, 1001L, Duration.ofHours(1).plusSeconds(1)), NOW))
                .isInstanceOf(Verdict.Expired.class);
        assertThat(check.check(signed(TOKEN, 1001L, Duration.ofHours(1)), NOW)).isEqualTo(new Verdict.Valid(1001L));
    }

    @Test
    void aNonAdmin_isStillValidHere_theirIdDecidesLater() throws Exception {
        assertThat(check.check(signed(TOKEN, 424242L, Duration.ZERO), NOW)).isEqualTo(new Verdict.Valid(424242L));
    }

    @Test
    void missingOrMalformedInitData_isForged() {
        assertThat(check.check(null, NOW)).isInstanceOf(Verdict.Forged.class);
        assertThat(check.check("", NOW)).isInstanceOf(Verdict.Forged.class);
        assertThat(check.check("user=%7B%7D&auth_date=1", NOW)).isInstanceOf(Verdict.Forged.class);
        assertThat(check.check("auth_date=1&hash=zz", NOW)).isInstanceOf(Verdict.Forged.class);
        assertThat(check.check("a=%ZZ&hash=00", NOW)).isInstanceOf(Verdict.Forged.class);
    }

    @Test
    void signingHelper_matchesTheIndependentComputation() throws Exception {
        Map<String, String> fields = Map.of("auth_date", "1", "user", "{\"id\":5}");
        byte[] secret = hmac("WebAppData".getBytes(StandardCharsets.UTF_8), TOKEN);

        assertThat(check.sign(fields))
                .isEqualTo(HexFormat.of().formatHex(hmac(secret, "auth_date=1\nuser={\"id\":5}")));
    }
}
