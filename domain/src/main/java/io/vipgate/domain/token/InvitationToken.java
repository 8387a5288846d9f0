package io.vipgate.domain.token;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A minted invitation: the VIP time it grants, how often and until when it can be redeemed. */
public record InvitationToken(
        TokenHash hash,
        String prefix,
        VipDuration grants,
        int maxUses,
        int uses,
        Instant mintedAt,
        Instant validUntil,
        long mintedBy,
        boolean revoked) {

    public static final int MAX_USES_LIMIT = 10_000;
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    public InvitationToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(grants, "grants");
        Objects.requireNonNull(mintedAt, "mintedAt");
        Objects.requireNonNull(validUntil, "validUntil");
        if (maxUses < 1 || maxUses > MAX_USES_LIMIT) {
            throw new IllegalArgumentException("max uses must be between 1 and " + MAX_USES_LIMIT);
        }
        if (uses < 0 || uses > maxUses) {
            throw new IllegalArgumentException("uses must be between 0 and max uses");
        }
        if (!validUntil.isAfter(mintedAt)) {
            throw new IllegalArgumentException("a token must be valid for some time after minting");
        }
    }

    /** Mints a token for {@code secret}; the caller hands the secret to the admin and keeps only this. */
    public static InvitationToken mint(
            TokenSecret secret, VipDuration grants, int maxUses, Duration validity, long mintedBy, Instant now) {
        return new InvitationToken(
                secret.hash(), secret.prefix(), grants, maxUses, 0, now, now.plus(validity), mintedBy, false);
    }

    /** Revocation wins over expiry, expiry over exhaustion: the answer names the first reason that applies. */
    public TokenState stateAt(Instant now) {
        if (revoked) {
            return TokenState.REVOKED;
        }
        if (!now.isBefore(validUntil)) {
            return TokenState.EXPIRED;
        }
        if (uses >= maxUses) {
            return TokenState.USED_UP;
        }
        return TokenState.LIVE;
    }

    public int usesLeft() {
        return maxUses - uses;
    }

    /** The token after one more redemption; only a live token can be redeemed. */
    public InvitationToken redeemedOnce(Instant now) {
        if (stateAt(now) != TokenState.LIVE) {
            throw new IllegalStateException("token " + prefix + " is " + stateAt(now));
        }
        return new InvitationToken(hash, prefix, grants, maxUses, uses + 1, mintedAt, validUntil, mintedBy, false);
    }

    public InvitationToken revokedNow() {
        return new InvitationToken(hash, prefix, grants, maxUses, uses, mintedAt, validUntil, mintedBy, true);
    }
}
