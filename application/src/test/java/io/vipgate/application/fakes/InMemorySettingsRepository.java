package io.vipgate.application.fakes;

import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.domain.freechannel.FreeChannelWait;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The run-time settings in memory, starting from the defaults. */
public final class InMemorySettingsRepository implements SettingsRepository {

    private FreeChannelWait wait = FreeChannelWait.DEFAULT;
    private Optional<Long> changedBy = Optional.empty();

    @Override
    public CompletionStage<FreeChannelWait> freeChannelWait() {
        return CompletableFuture.completedFuture(wait);
    }

    @Override
    public CompletionStage<Void> setFreeChannelWait(FreeChannelWait wait, long adminId) {
        this.wait = wait;
        this.changedBy = Optional.of(adminId);
        return CompletableFuture.completedFuture(null);
    }

    public Optional<Long> changedBy() {
        return changedBy;
    }
}
