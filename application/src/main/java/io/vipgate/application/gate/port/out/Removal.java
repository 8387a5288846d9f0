package io.vipgate.application.gate.port.out;

import io.vipgate.domain.gate.RemovalRefusal;
import java.util.Objects;

/** How asking Telegram to remove someone from the VIP channel ended; a transient failure fails the stage instead. */
public sealed interface Removal {

    /** Banned then unbanned (they may come back after renewing), or already out. */
    record Removed() implements Removal {}

    /** Not asked: the committed state, read just before the call, no longer wants the removal (a renewal). */
    record NotWanted() implements Removal {}

    /** Not asked: the user is in {@code ADMIN_IDS}, whom the bot never bans. */
    record Exempt() implements Removal {}

    /** Telegram refuses for good; asking again would never succeed. */
    record Refused(RemovalRefusal reason) implements Removal {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
