package io.vipgate.domain.subscription;

import java.time.Duration;
import java.util.Optional;

/** Every answer a user can get for {@code /start <token>}: one case each. */
public sealed interface RedemptionOutcome {

    /** The token was redeemed; {@code inviteLink} is empty when Telegram could not mint one just now. */
    record Redeemed(Subscription subscription, boolean stacked, Optional<InviteLink> inviteLink)
            implements RedemptionOutcome {

        public Redeemed withInviteLink(InviteLink link) {
            return new Redeemed(subscription, stacked, Optional.of(link));
        }
    }

    /**
     * This user redeemed this token before (a redelivered {@code /start} after a crash, or a second tap): nothing
     * is spent or stacked again, and the user gets their link afresh, so that no crash loses it.
     */
    record AlreadyRedeemed(Subscription subscription, Optional<InviteLink> inviteLink) implements RedemptionOutcome {

        public AlreadyRedeemed withInviteLink(InviteLink link) {
            return new AlreadyRedeemed(subscription, Optional.of(link));
        }
    }

    /** No token has this text (or it is not a token at all). */
    record UnknownToken() implements RedemptionOutcome {}

    /** The token's validity ended before this attempt. */
    record ExpiredToken() implements RedemptionOutcome {}

    /** An admin revoked the token. */
    record RevokedToken() implements RedemptionOutcome {}

    /** Every use was taken, possibly by someone a moment faster. */
    record UsedUpToken() implements RedemptionOutcome {}

    /** Too many failed attempts by this user; try again after {@code retryAfter}. */
    record TooManyAttempts(Duration retryAfter) implements RedemptionOutcome {}

    default boolean isFailure() {
        return !(this instanceof Redeemed) && !(this instanceof AlreadyRedeemed) && !(this instanceof TooManyAttempts);
    }
}
