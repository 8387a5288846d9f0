package io.vipgate.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A minted token's life: live, used up, expired or revoked, and only a live one redeems. */
class InvitationTokenTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final TokenSecret SECRET = new TokenSecret("AAECAwQFBgcICQoLDA0ODw");
    private static final VipDuration THIRTY_DAYS = VipDuration.ofDays(30);

    private static InvitationToken mint(int maxUses) {
        return InvitationToken.mint(SECRET, THIRTY_DAYS, maxUses, Duration.ofDays(7), 99L, T0);
    }

    @Test
    void mint_storesHashAndPrefix_validUntilNowPlusValidity_noUses() {
        InvitationToken token = InvitationToken.mint(SECRET, THIRTY_DAYS, 2, Duration.ofHours(5), 99L, T0);
        assertThat(token.hash()).isEqualTo(SECRET.hash());
        assertThat(token.prefix()).isEqualTo("AAECAw");
        assertThat(token.grants()).isEqualTo(THIRTY_DAYS);
        assertThat(token.mintedAt()).isEqualTo(T0);
        assertThat(token.validUntil()).isEqualTo(T0.plus(Duration.ofHours(5)));
        assertThat(token.uses()).isZero();
        assertThat(token.usesLeft()).isEqualTo(2);
        assertThat(token.mintedBy()).isEqualTo(99L);
        assertThat(token.revoked()).isFalse();
        assertThat(token.toString()).doesNotContain(SECRET.value());
    }

    @Test
    void defaultValidity_isSevenDays() {
        assertThat(InvitationToken.DEFAULT_VALIDITY).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void stateAt_isLiveUntilTheLastInstantBeforeValidUntil_expiredFromValidUntilOn() {
        InvitationToken token = mint(1);
        Instant end = T0.plus(Duration.ofDays(7));
        assertThat(token.stateAt(T0)).isEqualTo(TokenState.LIVE);
        assertThat(token.stateAt(end.minusNanos(1))).isEqualTo(TokenState.LIVE);
        assertThat(token.stateAt(end)).isEqualTo(TokenState.EXPIRED);
        assertThat(token.stateAt(end.plusSeconds(1))).isEqualTo(TokenState.EXPIRED);
    }

    @Test
    void tokenWhoseValidityEndsMidRedemption_cannotBeRedeemedAtValidUntil() {
        InvitationToken token = mint(1);
        Instant end = token.validUntil();
        assertThat(token.stateAt(end.minusMillis(1))).isEqualTo(TokenState.LIVE);
        assertThatThrownBy(() -> token.redeemedOnce(end))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EXPIRED")
                .hasMessageNotContaining(SECRET.value());
        assertThat(token.redeemedOnce(end.minusNanos(1)).uses()).isEqualTo(1);
    }

    @Test
    void revokedWinsOverExpired_expiredWinsOverUsedUp() {
        InvitationToken usedUp = mint(1).redeemedOnce(T0);
        Instant afterValidity = T0.plus(Duration.ofDays(8));
        assertThat(usedUp.stateAt(T0)).isEqualTo(TokenState.USED_UP);
        assertThat(usedUp.stateAt(afterValidity)).isEqualTo(TokenState.EXPIRED);
        assertThat(usedUp.revokedNow().stateAt(afterValidity)).isEqualTo(TokenState.REVOKED);
        assertThat(usedUp.revokedNow().stateAt(T0)).isEqualTo(TokenState.REVOKED);
        assertThat(mint(1).revokedNow().stateAt(T0)).isEqualTo(TokenState.REVOKED);
    }

    @Test
    void multiUseToken_staysLiveUntilItsLastUse() {
        InvitationToken token = mint(3);
        for (int use = 1; use <= 3; use++) {
            assertThat(token.stateAt(T0)).as("before use %d", use).isEqualTo(TokenState.LIVE);
            token = token.redeemedOnce(T0.plusSeconds(use));
            assertThat(token.uses()).isEqualTo(use);
            assertThat(token.usesLeft()).isEqualTo(3 - use);
        }
        assertThat(token.stateAt(T0)).isEqualTo(TokenState.USED_UP);
    }

    @Test
    void redeemedOnce_onANonLiveToken_throws_andChangesNothing() {
        InvitationToken usedUp = mint(1).redeemedOnce(T0);
        InvitationToken revoked = mint(5).revokedNow();
        assertThatThrownBy(() -> usedUp.redeemedOnce(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> revoked.redeemedOnce(T0)).isInstanceOf(IllegalStateException.class);
        assertThat(usedUp.uses()).isEqualTo(1);
        assertThat(revoked.uses()).isZero();
    }

    @Test
    void revokedNow_keepsEverythingButTheFlag() {
        InvitationToken used = mint(3).redeemedOnce(T0);
        assertThat(used.revokedNow())
                .isEqualTo(new InvitationToken(
                        used.hash(),
                        used.prefix(),
                        used.grants(),
                        3,
                        1,
                        used.mintedAt(),
                        used.validUntil(),
                        99L,
                        true));
    }

    @Test
    void constructor_rejectsImpossibleCounts() {
        assertThatThrownBy(() -> token(0, 0)).hasMessageContaining("max uses");
        assertThatThrownBy(() -> token(InvitationToken.MAX_USES_LIMIT + 1, 0)).hasMessageContaining("max uses");
        assertThatThrownBy(() -> token(3, 4)).hasMessageContaining("uses");
        assertThatThrownBy(() -> token(3, -1)).hasMessageContaining("uses");
        assertThat(token(InvitationToken.MAX_USES_LIMIT, InvitationToken.MAX_USES_LIMIT)
                        .usesLeft())
                .isZero();
    }

    @Test
    void constructor_rejectsAValidityThatEndsAtOrBeforeMinting() {
        assertThatThrownBy(() -> new InvitationToken(SECRET.hash(), "AAECAw", THIRTY_DAYS, 1, 0, T0, T0, 1L, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvitationToken.mint(SECRET, THIRTY_DAYS, 1, Duration.ofSeconds(-1), 1L, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new InvitationToken(SECRET.hash(), "AAECAw", THIRTY_DAYS, 1, 0, T0, T0.plusNanos(1), 1L, false)
                        .stateAt(T0))
                .isEqualTo(TokenState.LIVE);
    }

    private static InvitationToken token(int maxUses, int uses) {
        return new InvitationToken(
                SECRET.hash(), "AAECAw", THIRTY_DAYS, maxUses, uses, T0, T0.plusSeconds(60), 1L, false);
    }
}
