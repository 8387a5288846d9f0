package io.vipgate.domain.token;

import java.util.regex.Pattern;

/** SHA-256 of a token's text, lower-case hex: what the database stores instead of the token. */
public record TokenHash(String hex) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !SHAPE.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest");
        }
    }
}
