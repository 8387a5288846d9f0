package io.vipgate.application.update.port.in;

import io.vipgate.application.update.port.out.UpdateClaim;
import java.util.concurrent.CompletionStage;

/**
 * Takes each Telegram update in once: claimed before it is handled, marked done only once handled, handed back
 * when handling failed. A claim whose handler died is taken over once it is older than the handling timeout.
 */
public interface AcceptUpdateUseCase {

    /** Whether the caller now holds the update ({@code CLAIMED}), it was handled ({@code DONE}) or is busy elsewhere. */
    CompletionStage<UpdateClaim> claim(long updateId);

    /** Marks a claimed update handled, after its answer went out. */
    CompletionStage<Void> done(long updateId);

    /** Gives the claim back after handling failed, so that Telegram's redelivery is handled after all. */
    CompletionStage<Void> release(long updateId);
}
