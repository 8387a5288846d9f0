package io.vipgate.application.token;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.token.port.in.RevokeTokenUseCase.RevokeResult;
import io.vipgate.domain.token.TokenSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /revoke <token or prefix>}: by full text or by a prefix that fits exactly one token. */
class RevokeTokenServiceTest {

    private static final TokenSecret ALPHA = new TokenSecret("AbCdEf_alpha-000000000");
    private static final TokenSecret ALPHA_TWIN = new TokenSecret("AbCdEf_twin--000000000");
    private static final TokenSecret BRAVO = new TokenSecret("AbCxyz_bravo-000000000");
    private static final TokenSecret QUEBEC = new TokenSecret("QQqq99_quebec00000000");

    private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    private final RevokeTokenService service = new RevokeTokenService(tokens);

    RevokeTokenServiceTest() {
        for (TokenSecret secret : new TokenSecret[] {ALPHA, ALPHA_TWIN, BRAVO, QUEBEC}) {
            tokens.replace(Fixtures.token(secret, 30, 1));
        }
    }

    private RevokeResult revoke(String text) {
        return join(service.revoke(ADMIN, text));
    }

    private boolean isRevoked(TokenSecret secret) {
        return tokens.get(secret.hash()).orElseThrow().revoked();
    }

    @Test
    void theFullToken_revokesExactlyThatToken_evenWhenAnotherSharesItsPrefix() {
        assertThat(revoke(ALPHA.value())).isEqualTo(new RevokeResult.Revoked("AbCdEf"));
        assertThat(isRevoked(ALPHA)).isTrue();
        assertThat(isRevoked(ALPHA_TWIN)).isFalse();
    }

    @Test
    void aMistypedFullToken_revokesNothing_evenWhenItsFirstCharactersNameAToken() {
        assertThat(revoke("QQqq99_typo0000000000")).isEqualTo(new RevokeResult.NotFound());
        assertThat(isRevoked(QUEBEC)).isFalse();
    }

    @Test
    void aUniquePrefix_revokesItsToken() {
        assertThat(revoke("QQq")).isEqualTo(new RevokeResult.Revoked("QQqq99"));
        assertThat(isRevoked(QUEBEC)).isTrue();
        assertThat(isRevoked(ALPHA)).isFalse();
    }

    @Test
    void theWholeDisplayPrefix_withSurroundingSpaces_revokesItsToken() {
        assertThat(revoke("  AbCxyz \n")).isEqualTo(new RevokeResult.Revoked("AbCxyz"));
        assertThat(isRevoked(BRAVO)).isTrue();
    }

    @Test
    void anAmbiguousPrefix_revokesNothing_andSaysHowManyFit() {
        assertThat(revoke("AbC")).isEqualTo(new RevokeResult.Ambiguous(3));
        assertThat(revoke("AbCdEf")).isEqualTo(new RevokeResult.Ambiguous(2));
        assertThat(tokens.all()).noneMatch(t -> t.revoked());
    }

    @Test
    void anUnknownPrefixOrToken_isNotFound() {
        assertThat(revoke("ZZZZ")).isEqualTo(new RevokeResult.NotFound());
        assertThat(revoke("ZZZZZZ_unknown-0000000")).isEqualTo(new RevokeResult.NotFound());
        assertThat(revoke("qqq")).as("prefixes are case-sensitive").isEqualTo(new RevokeResult.NotFound());
        assertThat(tokens.all()).noneMatch(t -> t.revoked());
    }

    @Test
    void anAlreadyRevokedToken_saysSo() {
        revoke(QUEBEC.value());
        assertThat(revoke(QUEBEC.value())).isEqualTo(new RevokeResult.AlreadyRevoked("QQqq99"));
        assertThat(revoke("QQq")).isEqualTo(new RevokeResult.AlreadyRevoked("QQqq99"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "   ",
                "ab",
                "a b c d",
                "!!!!",
                "AbC*",
                "DROP TABLE tokens",
                "AbCdEf_alpha-000000000AbCdEf_alpha-000000000AbCdEf_alpha-000000000"
            })
    void garbage_isNotFound_withoutTouchingTheRepository(String text) {
        assertThat(revoke(text)).isEqualTo(new RevokeResult.NotFound());
        assertThat(tokens.lookups()).isZero();
        assertThat(tokens.all()).noneMatch(t -> t.revoked());
    }
}
