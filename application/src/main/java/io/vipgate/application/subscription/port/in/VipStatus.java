package io.vipgate.application.subscription.port.in;

import java.time.Instant;

/** What {@code /status} tells a user. */
public sealed interface VipStatus {

    record Active(Instant expiresAt) implements VipStatus {}

    /** Was VIP once; {@code revoked} tells an admin's kick from time running out. */
    record Ended(Instant endedAt, boolean revoked) implements VipStatus {}

    record NeverSubscribed() implements VipStatus {}
}
