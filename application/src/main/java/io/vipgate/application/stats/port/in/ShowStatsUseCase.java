package io.vipgate.application.stats.port.in;

import java.util.concurrent.CompletionStage;

/** {@code /stats}. */
public interface ShowStatsUseCase {

    CompletionStage<BotStats> stats();
}
