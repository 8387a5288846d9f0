package io.vipgate.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The redeemable text of an invitation token. It exists only in memory and in the admin's deep link;
 * the database keeps its {@link TokenHash} and {@link #prefix()}.
 */
public record TokenSecret(String value) {

    /** 128 random bits written base64url without padding: 22 characters. */
    public static final int GENERATED_LENGTH = 22;

    public static final int PREFIX_LENGTH = 6;

    /** A Telegram {@code start} parameter: up to 64 of {@code A-Z a-z 0-9 _ -}; legacy tokens have 16. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public TokenSecret {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a token");
        }
    }

    public static boolean looksLikeToken(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** Draws a new secret from {@code random}, which must be a {@code SecureRandom} outside tests. */
    public static TokenSecret generate(Random random) {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return new TokenSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships SHA-256", impossible);
        }
    }

    /** The first characters, shown to admins to tell tokens apart; too short to redeem or guess with. */
    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}
