package io.vipgate.dashboard;

import io.vertx.core.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a Mini App's {@code initData} as Telegram documents it ("Validating data received via the Mini App"): the
 * secret key is HMAC-SHA256 of the bot token keyed with "WebAppData"; the hash is the hex HMAC-SHA256, under that
 * key, of every other field as {@code key=value} (values URL-decoded), sorted by key and joined by line feeds.
 */
public final class InitDataCheck {

    /** How old a signed {@code auth_date} may be: Telegram signs once per opening, so an hour is ample. */
    public static final Duration MAX_AGE = Duration.ofHours(1);

    private final byte[] secretKey;

    public InitDataCheck(String botToken) {
        this.secretKey = hmac("WebAppData".getBytes(StandardCharsets.UTF_8), botToken);
    }

    /** What the check found: the signed user, or why there is none. */
    public sealed interface Verdict {
        record Valid(long userId) implements Verdict {}

        /** Missing, malformed, or not signed with this bot's token. */
        record Forged() implements Verdict {}

        /** Signed, but more than {@link #MAX_AGE} ago (or in the future beyond clock skew). */
        record Expired() implements Verdict {}
    }

    public Verdict check(String initData, Instant now) {
        Map<String, String> fields = fields(initData);
        String hash = fields.remove("hash");
        if (hash == null || fields.isEmpty()) {
            return new Verdict.Forged();
        }
        byte[] expected = hmac(secretKey, dataCheckString(fields));
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hash);
        } catch (IllegalArgumentException notHex) {
            return new Verdict.Forged();
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return new Verdict.Forged();
        }
        return signedUser(fields, now);
    }

    /** The data-check-string of {@code fields} (without {@code hash}); public so that tests can sign vectors. */
    public static String dataCheckString(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields)
                .forEach((key, value) -> text.append(text.isEmpty() ? "" : "\n")
                        .append(key)
                        .append('=')
                        .append(value));
        return text.toString();
    }

    /** The hex hash Telegram would put beside {@code fields} for this bot; for tests' vectors. */
    public String sign(Map<String, String> fields) {
        return HexFormat.of().formatHex(hmac(secretKey, dataCheckString(fields)));
    }

    private static Verdict signedUser(Map<String, String> fields, Instant now) {
        try {
            Instant authDate = Instant.ofEpochSecond(Long.parseLong(fields.getOrDefault("auth_date", "")));
            if (authDate.isBefore(now.minus(MAX_AGE)) || authDate.isAfter(now.plus(Duration.ofMinutes(5)))) {
                return new Verdict.Expired();
            }
            long userId = new JsonObject(fields.getOrDefault("user", "{}")).getLong("id", 0L);
            return userId > 0 ? new Verdict.Valid(userId) : new Verdict.Forged();
        } catch (RuntimeException malformed) {
            return new Verdict.Forged();
        }
    }

    private static Map<String, String> fields(String initData) {
        Map<String, String> fields = new TreeMap<>();
        if (initData == null || initData.isBlank()) {
            return fields;
        }
        for (String pair : initData.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                fields.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                return new TreeMap<>();
            }
        }
        return fields;
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("every JDK ships HmacSHA256", impossible);
        }
    }
}
