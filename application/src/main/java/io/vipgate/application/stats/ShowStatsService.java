package io.vipgate.application.stats;

import io.vipgate.application.stats.port.in.BotStats;
import io.vipgate.application.stats.port.in.ShowStatsUseCase;
import io.vipgate.application.stats.port.out.StatsRepository;
import java.time.Clock;
import java.util.concurrent.CompletionStage;

/** Counts for {@code /stats}, as of now. */
public final class ShowStatsService implements ShowStatsUseCase {

    private final StatsRepository stats;
    private final Clock clock;

    public ShowStatsService(StatsRepository stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public CompletionStage<BotStats> stats() {
        return stats.stats(clock.instant());
    }
}
