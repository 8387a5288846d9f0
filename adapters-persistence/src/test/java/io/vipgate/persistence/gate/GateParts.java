package io.vipgate.persistence.gate;

import io.vipgate.application.gate.IssueInviteLinkService;
import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.gate.port.out.GateObserver;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** The gate's application services over the real PostgreSQL adapters, as bootstrap wires them. */
public final class GateParts {

    /** An admin id no test user gets. */
    public static final long ADMIN = 1L;

    public static final BotPolicy POLICY =
            new BotPolicy(Set.of(ADMIN), ReminderSchedule.DEFAULT, Duration.ofDays(7), Duration.ofHours(1));

    private GateParts() {}

    public static VipRemovals removals(
            VipChannel channel,
            PostgresSubscriptionRepositoryAdapter subscriptions,
            PostgresInviteLinksAdapter links,
            PostgresUserRepositoryAdapter users,
            Notifier notifier,
            Clock clock) {
        return new VipRemovals(
                channel,
                subscriptions,
                new IssueInviteLinkService(subscriptions, channel, links, POLICY, clock),
                users,
                notifier,
                POLICY,
                GateObserver.NONE,
                clock);
    }
}
