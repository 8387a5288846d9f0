package io.vipgate.application.update.port.in;

import java.util.concurrent.CompletionStage;

/** Takes each Telegram update in once: a redelivered {@code update_id} is recognised, a failed one handed back. */
public interface AcceptUpdateUseCase {

    /** True when the update is new and now belongs to the caller; false for a repeat already taken in. */
    CompletionStage<Boolean> claim(long updateId);

    /** Gives the claim back after handling failed, so that Telegram's redelivery is handled after all. */
    CompletionStage<Void> release(long updateId);
}
