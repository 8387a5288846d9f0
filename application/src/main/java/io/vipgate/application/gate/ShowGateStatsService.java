package io.vipgate.application.gate;

import io.vipgate.application.gate.port.in.ShowGateStatsUseCase;
import io.vipgate.application.gate.port.out.ChannelMembers;
import java.util.concurrent.CompletionStage;

/** Reads the gate's counts for {@code /stats}. */
public final class ShowGateStatsService implements ShowGateStatsUseCase {

    private final ChannelMembers members;

    public ShowGateStatsService(ChannelMembers members) {
        this.members = members;
    }

    @Override
    public CompletionStage<GateStats> stats() {
        return members.countInside().thenCombine(members.countTurnedAway(), GateStats::new);
    }
}
