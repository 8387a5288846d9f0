package io.vipgate.application.stats.port.out;

import io.vipgate.application.stats.port.in.BotStats;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** Counts for the admin's {@code /stats}. */
public interface StatsRepository {

    CompletionStage<BotStats> stats(Instant now);
}
