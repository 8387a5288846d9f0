package io.vipgate.application.gate;

import io.vipgate.application.fakes.FakeNotifier;
import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemoryChannelMembers;
import io.vipgate.application.fakes.InMemoryInviteLinks;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.gate.port.out.GateObserver;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.user.BotUser;
import java.util.ArrayList;
import java.util.List;

/** The gate's services over fakes sharing one world; the admin is {@link Fixtures#ADMIN}. */
final class GateWorld {

    final MutableClock clock = new MutableClock(Fixtures.T0);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
    final InMemoryChannelMembers members = new InMemoryChannelMembers(subscriptions);
    final InMemoryInviteLinks links = new InMemoryInviteLinks();
    final FakeVipChannel channel = new FakeVipChannel();
    final FakeNotifier notifier = new FakeNotifier();
    final List<String> counted = new ArrayList<>();
    final GateObserver observer = new GateObserver() {
        @Override
        public void turnedAway(String via) {
            counted.add("turned away via " + via);
        }

        @Override
        public void removalRefused(RemovalRefusal reason) {
            counted.add("refused " + reason);
        }
    };
    final IssueInviteLinkService issue =
            new IssueInviteLinkService(subscriptions, channel, links, Fixtures.POLICY, clock);
    final VipRemovals removals =
            new VipRemovals(channel, subscriptions, issue, users, notifier, Fixtures.POLICY, observer, clock);

    BotUser user(long id, boolean reachable) {
        BotUser user = BotUser.seen(id, "User " + id, null, null, "es");
        users.upsert(reachable ? user : user.unreachable());
        return reachable ? user : user.unreachable();
    }

    void subscriber(long id, long days) {
        user(id, true);
        subscriptions.put(Fixtures.subscription(id, clock.instant(), days));
    }
}
