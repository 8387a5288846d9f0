package io.vipgate.application.fakes;

import io.vipgate.application.stats.port.in.BotStats;
import io.vipgate.application.stats.port.out.StatsRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Answers with fixed counts and remembers the moment it was asked about. */
public final class FixedStatsRepository implements StatsRepository {

    private final BotStats stats;
    private final List<Instant> askedAt = new ArrayList<>();

    public FixedStatsRepository(BotStats stats) {
        this.stats = stats;
    }

    @Override
    public CompletionStage<BotStats> stats(Instant now) {
        askedAt.add(now);
        return CompletableFuture.completedFuture(stats);
    }

    public List<Instant> askedAt() {
        return List.copyOf(askedAt);
    }
}
