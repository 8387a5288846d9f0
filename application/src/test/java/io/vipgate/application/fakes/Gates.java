package io.vipgate.application.fakes;

import io.vipgate.application.gate.IssueInviteLinkService;
import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.gate.port.out.GateObserver;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.user.port.out.UserRepository;
import java.time.Clock;

/** Builds the gate's services over fakes, as the wiring builds them over the adapters. */
public final class Gates {

    private Gates() {}

    public static IssueInviteLinkService links(
            SubscriptionRepository subscriptions,
            FakeVipChannel channel,
            InMemoryInviteLinks links,
            BotPolicy policy,
            Clock clock) {
        return new IssueInviteLinkService(subscriptions, channel, links, policy, clock);
    }

    public static VipRemovals removals(
            FakeVipChannel channel,
            SubscriptionRepository subscriptions,
            UserRepository users,
            Notifier notifier,
            BotPolicy policy,
            Clock clock) {
        return new VipRemovals(
                channel,
                subscriptions,
                links(subscriptions, channel, new InMemoryInviteLinks(), policy, clock),
                users,
                notifier,
                policy,
                GateObserver.NONE,
                clock);
    }

    /** The job worlds' admin: their users are numbered from 1, so the admin is one none of them uses. */
    public static final long JOB_ADMIN = 900_000L;

    public static final BotPolicy JOB_POLICY = new BotPolicy(
            java.util.Set.of(JOB_ADMIN),
            io.vipgate.domain.subscription.ReminderSchedule.DEFAULT,
            java.time.Duration.ofDays(7),
            java.time.Duration.ofHours(1));

    /** The removals of a job world, with {@link #JOB_POLICY}. */
    public static VipRemovals removals(JobWorld world) {
        return removals(world.vipChannel, world.subscriptions, world.users, world.notifier, JOB_POLICY, world.clock);
    }
}
