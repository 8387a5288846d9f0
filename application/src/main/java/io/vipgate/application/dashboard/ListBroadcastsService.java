package io.vipgate.application.dashboard;

import io.vipgate.application.dashboard.port.in.BroadcastRow;
import io.vipgate.application.dashboard.port.in.ListBroadcastsUseCase;
import io.vipgate.application.dashboard.port.out.BroadcastHistory;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The latest broadcasts. */
public final class ListBroadcastsService implements ListBroadcastsUseCase {

    private final BroadcastHistory history;

    public ListBroadcastsService(BroadcastHistory history) {
        this.history = history;
    }

    @Override
    public CompletionStage<List<BroadcastRow>> latest() {
        return history.latest(LATEST);
    }
}
