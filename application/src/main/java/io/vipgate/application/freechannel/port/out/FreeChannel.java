package io.vipgate.application.freechannel.port.out;

import io.vipgate.application.messaging.port.out.JoinDecision;
import java.util.concurrent.CompletionStage;

/** The free channel on Telegram. */
public interface FreeChannel {

    /** Approves the user's pending join request. */
    CompletionStage<JoinDecision> approve(long userId);
}
