package io.vipgate.application.broadcast.port.out;

import io.vipgate.domain.user.BotUser;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Shows an admin how their broadcast goes: one message edited as it goes, then the tally. Never fails. */
public interface BroadcastReporter {

    /** Posts the progress message; its message id, or empty when Telegram did not take it. */
    CompletionStage<Optional<Long>> open(BotUser admin, BroadcastProgress progress);

    /** Edits the progress message; a lost edit is made good by the next one. */
    CompletionStage<Void> progress(BotUser admin, long messageId, BroadcastProgress progress);

    /** The final tally as a new message, which notifies the admin where an edit would not. */
    CompletionStage<Void> finished(BotUser admin, BroadcastProgress tally);
}
