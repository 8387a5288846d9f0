package io.vipgate.bootstrap.wiring;

import io.vipgate.application.gate.CheckVipMemberService;
import io.vipgate.application.gate.ShowGateStatsService;
import io.vipgate.application.gate.SweepVipChannelService;
import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.in.ShowGateStatsUseCase;
import io.vipgate.application.gate.port.in.SweepVipChannelUseCase;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.bootstrap.jobs.JobsConfig;
import io.vipgate.bootstrap.metrics.GateMetrics;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the VIP gate: removals decided on committed state, the join check, the sweep and its numbers. */
public class GateWiring {

    /** Straight from PostgreSQL: a removal must be decided on the last commit, never on a cached snapshot. */
    @Produces
    @Singleton
    VipRemovals vipRemovals(
            OutPorts ports,
            IssueInviteLinkUseCase links,
            Notifier notifier,
            BotPolicy policy,
            GateMetrics metrics,
            Clock clock) {
        return new VipRemovals(
                ports.vipChannel(),
                ports.uncachedSubscriptions(),
                links,
                ports.users(),
                notifier,
                policy,
                metrics,
                clock);
    }

    @Produces
    @Singleton
    CheckVipMemberUseCase checkVipMember(
            OutPorts ports, VipRemovals removals, Notifier notifier, GateMetrics metrics, Clock clock) {
        return new CheckVipMemberService(ports.users(), ports.channelMembers(), removals, notifier, metrics, clock);
    }

    @Produces
    @Singleton
    SweepVipChannelUseCase sweepVipChannel(
            OutPorts ports,
            VipRemovals removals,
            Notifier notifier,
            GateMetrics metrics,
            JobsConfig config,
            Clock clock) {
        return new SweepVipChannelService(
                ports.channelMembers(),
                ports.vipChannel(),
                ports.users(),
                removals,
                notifier,
                metrics,
                config.sweep().batchSize(),
                config.sweep().recheck(),
                clock);
    }

    @Produces
    @Singleton
    ShowGateStatsUseCase showGateStats(OutPorts ports) {
        return new ShowGateStatsService(ports.channelMembers());
    }
}
