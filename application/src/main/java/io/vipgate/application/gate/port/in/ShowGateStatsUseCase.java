package io.vipgate.application.gate.port.in;

import java.util.concurrent.CompletionStage;

/** The gate's line of {@code /stats}: members the bot has seen inside, and how many it turned away. */
public interface ShowGateStatsUseCase {

    CompletionStage<GateStats> stats();

    /** Participants of the VIP channel as the bot last saw them, and removals of people without the right. */
    record GateStats(long membersInside, long turnedAway) {}
}
