package io.vipgate.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The redeemable text of a token: 128 random bits, base64url, a valid Telegram start parameter. */
class TokenSecretTest {

    private static final String LEGACY = "a1B2c3D4e5F6g7H8";

    @Test
    void generated_is22CharsOfBase64Url_validAsTelegramStartParameter() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 500; i++) {
            String value = TokenSecret.generate(random).value();
            assertThat(value).hasSize(TokenSecret.GENERATED_LENGTH).hasSize(22).matches("[A-Za-z0-9_-]{1,64}");
        }
    }

    @Test
    void generated_encodesExactly128BitsDrawnFromTheRandomSource() {
        byte[] bits = new byte[16];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) i;
        }
        assertThat(TokenSecret.generate(fixed(bits)).value()).isEqualTo("AAECAwQFBgcICQoLDA0ODw");
        assertThat(TokenSecret.generate(
                                fixed(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}))
                        .value())
                .isEqualTo("_____________________w");
        assertThat(Base64.getUrlDecoder()
                        .decode(TokenSecret.generate(new SecureRandom()).value()))
                .hasSize(16);
    }

    @Test
    void generated_isDistinctOverManySecureDraws() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            seen.add(TokenSecret.generate(random).value());
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void generated_isDeterministicForASeededRandom() {
        assertThat(TokenSecret.generate(new Random(7))).isEqualTo(TokenSecret.generate(new Random(7)));
        assertThat(TokenSecret.generate(new Random(7))).isNotEqualTo(TokenSecret.generate(new Random(8)));
    }

    @Test
    void hash_isSha256HexOfTheText() throws Exception {
        TokenSecret secret = new TokenSecret("vipgate-Test_token-01");
        assertThat(secret.hash().hex()).isEqualTo("52fe96eb91c4e3f7dd6eddb86b9264237519786bc9d0c84de49ed0079ca066f3");

        TokenSecret generated = TokenSecret.generate(new SecureRandom());
        byte[] digest =
                MessageDigest.getInstance("SHA-256").digest(generated.value().getBytes(StandardCharsets.UTF_8));
        assertThat(generated.hash()).isEqualTo(new TokenHash(HexFormat.of().formatHex(digest)));
    }

    @Test
    void hash_differsForDifferentSecrets_andNeverContainsTheSecret() {
        TokenSecret one = new TokenSecret("AAAAAAAAAAAAAAAAAAAAAA");
        TokenSecret other = new TokenSecret("AAAAAAAAAAAAAAAAAAAAAB");
        assertThat(one.hash())
                .isEqualTo(new TokenSecret("AAAAAAAAAAAAAAAAAAAAAA").hash())
                .isNotEqualTo(other.hash());
        assertThat(one.hash().hex()).isEqualTo("8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8");
    }

    @Test
    void prefix_isTheFirstSixCharacters() {
        assertThat(new TokenSecret("Xy_-9aREST-of-it-22chr").prefix())
                .isEqualTo("Xy_-9a")
                .hasSize(TokenSecret.PREFIX_LENGTH);
        assertThat(new TokenSecret(LEGACY).prefix()).isEqualTo("a1B2c3");
    }

    @Test
    void toString_showsOnlyThePrefix() {
        TokenSecret secret = new TokenSecret("Xy_-9aREST-of-it-22chr");
        assertThat(secret.toString())
                .startsWith("Xy_-9a")
                .doesNotContain("REST")
                .doesNotContain(secret.value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                LEGACY,
                "AAECAwQFBgcICQoLDA0ODw",
                "12345678",
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
            })
    void looksLikeToken_acceptsGeneratedLegacyAndUpTo64Chars(String text) {
        assertThat(TokenSecret.looksLikeToken(text)).isTrue();
        assertThat(new TokenSecret(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "1234567",
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-x",
                "AAECAwQFBgcICQoLDA0OD=",
                "AAECAwQFBgcI+QoLDA0ODw",
                "AAECAwQFBgcI/QoLDA0ODw",
                "AAECAwQF BgcICQoLDA0O",
                " AAECAwQFBgcICQoLDA0ODw",
                "AAECAwQFBgcICQoLDA0ODw\n",
                "AAECAwQFBgcIñQoLDA0ODw",
                "AAECAwQF.gcICQoLDA0ODw"
            })
    void looksLikeToken_rejectsBadCharactersAndLengths(String text) {
        assertThat(TokenSecret.looksLikeToken(text)).isFalse();
        assertThatThrownBy(() -> new TokenSecret(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A random source that hands out fixed bytes, to see exactly which bits end up in the text. */
    private static Random fixed(byte[] bytes) {
        return new Random() {
            @Override
            public void nextBytes(byte[] target) {
                System.arraycopy(bytes, 0, target, 0, target.length);
            }
        };
    }
}
