package io.vipgate.application.port.out;

import java.util.concurrent.CompletionStage;

/** The free channel on Telegram. */
public interface FreeChannel {

    /** Approves the user's pending join request. */
    CompletionStage<JoinDecision> approve(long userId);
}
