package io.vipgate.application.update;

import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Clock;
import java.util.concurrent.CompletionStage;

/** Claims update ids in the update log, stamped with the time they came in so that old ids can be pruned. */
public final class AcceptUpdateService implements AcceptUpdateUseCase {

    private final UpdateLog log;
    private final Clock clock;

    public AcceptUpdateService(UpdateLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Boolean> claim(long updateId) {
        return log.firstDelivery(updateId, clock.instant());
    }

    @Override
    public CompletionStage<Void> release(long updateId) {
        return log.release(updateId);
    }
}
