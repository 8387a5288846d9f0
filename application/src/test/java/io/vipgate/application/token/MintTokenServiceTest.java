package io.vipgate.application.token;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.domain.token.TokenState;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code /token <duration> [uses]}: a fresh secret for the admin, only its hash for the database. */
class MintTokenServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();

    private MintTokenService service(Random random, BotPolicy policy) {
        return new MintTokenService(tokens, random, policy, clock);
    }

    @Test
    void storesOnlyTheHashAndPrefix_ofTheSecretItHandsOut() {
        MintedToken minted = join(service(new SecureRandom(), Fixtures.POLICY).mint(ADMIN, VipDuration.ofDays(30), 1));

        TokenSecret secret = minted.secret();
        assertThat(secret.value()).hasSize(22);
        assertThat(tokens.all()).singleElement().satisfies(stored -> {
            assertThat(stored).isEqualTo(minted.token());
            assertThat(stored.hash()).isEqualTo(secret.hash());
            assertThat(stored.prefix()).isEqualTo(secret.prefix());
            assertThat(stored.toString()).doesNotContain(secret.value());
        });
    }

    @Test
    void theTokenGrantsTheDurationAndUses_andIsValidForThePolicyValidity() {
        clock.advance(Duration.ofMinutes(5));
        BotPolicy policy = Fixtures.policy(Duration.ofDays(3), Duration.ofHours(1));

        InvitationToken token = join(service(new SecureRandom(), policy).mint(ADMIN, VipDuration.ofDays(30), 5))
                .token();

        assertThat(token.grants()).isEqualTo(VipDuration.ofDays(30));
        assertThat(token.maxUses()).isEqualTo(5);
        assertThat(token.uses()).isZero();
        assertThat(token.mintedBy()).isEqualTo(ADMIN);
        assertThat(token.mintedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(token.validUntil()).isEqualTo(T0.plus(Duration.ofMinutes(5)).plus(Duration.ofDays(3)));
        assertThat(token.stateAt(clock.instant())).isEqualTo(TokenState.LIVE);
    }

    @Test
    void theSecretIsDrawnFromTheGivenRandomSource() {
        MintedToken minted = join(service(new Random(5), Fixtures.POLICY).mint(ADMIN, VipDuration.ofDays(1), 1));
        assertThat(minted.secret()).isEqualTo(TokenSecret.generate(new Random(5)));
    }

    @Test
    void everyMintIsADifferentToken() {
        MintTokenService service = service(new SecureRandom(), Fixtures.POLICY);
        MintedToken first = join(service.mint(ADMIN, VipDuration.ofDays(1), 1));
        MintedToken second = join(service.mint(ADMIN, VipDuration.ofDays(1), 1));
        assertThat(first.secret()).isNotEqualTo(second.secret());
        assertThat(tokens.all()).hasSize(2);
    }

    @Test
    void anImpossibleNumberOfUses_isRejected_andNothingIsStored() {
        MintTokenService service = service(new SecureRandom(), Fixtures.POLICY);
        assertThat(failureOf(() -> service.mint(ADMIN, VipDuration.ofDays(1), 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(failureOf(() -> service.mint(ADMIN, VipDuration.ofDays(1), InvitationToken.MAX_USES_LIMIT + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.all()).isEmpty();
    }
}
