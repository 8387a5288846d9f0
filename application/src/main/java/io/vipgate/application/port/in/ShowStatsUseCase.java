package io.vipgate.application.port.in;

import java.util.concurrent.CompletionStage;

/** {@code /stats}. */
public interface ShowStatsUseCase {

    CompletionStage<BotStats> stats();
}
