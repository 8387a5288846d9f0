package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;

/** How updates reach the bot; started once Telegram is known to answer, stopped at shutdown. */
public interface Transport {

    /** Completes once the transport runs; fails when Telegram refused, to be tried again. */
    Uni<Void> start();

    /** Stops taking updates and completes once those in flight are finished. */
    Uni<Void> stop();
}
