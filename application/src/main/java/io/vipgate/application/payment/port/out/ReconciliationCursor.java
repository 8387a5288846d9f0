package io.vipgate.application.payment.port.out;

import java.util.concurrent.CompletionStage;

/** How many of the bot's Stars transactions reconciliation has gone through, shared by every replica. */
public interface ReconciliationCursor {

    CompletionStage<Integer> scanned();

    /** Moves the cursor forward to {@code scanned}; never back, whatever another replica wrote meanwhile. */
    CompletionStage<Void> advanceTo(int scanned);
}
