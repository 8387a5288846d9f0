package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import io.vipgate.domain.token.TokenSecret;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every {@link TokenRepository} does, held against the in-memory fake and the PostgreSQL adapter alike. */
public abstract class TokenRepositoryContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TokenHash NO_HASH = new TokenHash("0".repeat(64));

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract TokenRepository tokens();

    private InvitationToken added(Instant mintedAt, Duration validity) {
        InvitationToken token =
                InvitationToken.mint(TokenSecret.generate(RANDOM), VipDuration.ofDays(30), 2, validity, 1L, mintedAt);
        Await.result(tokens().add(token));
        return token;
    }

    @Test
    void anAddedToken_isLive_newestFirst() {
        InvitationToken older = added(now.minusSeconds(60), Duration.ofDays(7));
        InvitationToken newer = added(now, Duration.ofDays(7));

        assertThat(Await.result(tokens().live(now))).containsSubsequence(newer, older);
    }

    @Test
    void aTokenPastItsValidity_isNotLive() {
        InvitationToken expired = added(now.minus(Duration.ofDays(8)), Duration.ofDays(7));

        assertThat(Await.result(tokens().live(now))).doesNotContain(expired);
    }

    @Test
    void addingTheSameHashTwice_isRefused() {
        InvitationToken token = added(now, Duration.ofDays(7));

        assertThatThrownBy(() -> Await.result(tokens().add(token))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aTokenIsFound_byItsHash_orByItsPrefix() {
        InvitationToken token = added(now, Duration.ofDays(7));

        assertThat(Await.result(tokens().findByHashOrPrefix(token.hash(), "!none")))
                .containsExactly(token);
        assertThat(Await.result(tokens().findByHashOrPrefix(NO_HASH, token.prefix())))
                .contains(token);
    }

    @Test
    void revoke_isTrueOnce_andTheTokenIsNoLongerLive() {
        InvitationToken token = added(now, Duration.ofDays(7));

        assertThat(Await.result(tokens().revoke(token.hash()))).isTrue();
        assertThat(Await.result(tokens().revoke(token.hash()))).isFalse();
        assertThat(Await.result(tokens().live(now))).doesNotContain(token);
    }

    @Test
    void revokingAnUnknownHash_isFalse() {
        assertThat(Await.result(tokens().revoke(TokenSecret.generate(RANDOM).hash())))
                .isFalse();
    }
}
