package io.vipgate.application.service;

import io.vipgate.application.fakes.FakeFreeChannel;
import io.vipgate.application.fakes.FakeNotifier;
import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.InMemoryBroadcastStore;
import io.vipgate.application.fakes.InMemoryDueJoinRequests;
import io.vipgate.application.fakes.InMemoryDueSubscriptions;
import io.vipgate.application.fakes.InMemoryJoinRequestRepository;
import io.vipgate.application.fakes.InMemorySettingsRepository;
import io.vipgate.application.fakes.InMemorySubscriptionLedger;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.fakes.RecordingBroadcastReporter;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;

/** The fakes the job services run against, wired to one another as the real adapters share one database. */
final class JobWorld {

    static final Instant T0 = Fixtures.T0;
    static final JobSettings SETTINGS = new JobSettings(50, Duration.ofMinutes(10), Duration.ofMinutes(1));

    final MutableClock clock = new MutableClock(T0);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
    final InMemorySubscriptionLedger ledger = new InMemorySubscriptionLedger(new InMemoryTokenRepository(), subscriptions);
    final InMemoryDueSubscriptions dueSubscriptions = new InMemoryDueSubscriptions(subscriptions, users);
    final InMemoryJoinRequestRepository requests = new InMemoryJoinRequestRepository();
    final InMemoryDueJoinRequests dueRequests = new InMemoryDueJoinRequests(requests, users);
    final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    final InMemoryBroadcastStore broadcasts = new InMemoryBroadcastStore(subscriptions, users);
    final RecordingBroadcastReporter reporter = new RecordingBroadcastReporter();
    final FakeVipChannel vipChannel = new FakeVipChannel();
    final FakeFreeChannel freeChannel = new FakeFreeChannel();
    final FakeNotifier notifier = new FakeNotifier();

    /** A user the bot knows, reachable unless said otherwise. */
    BotUser user(long id, boolean reachable) {
        BotUser user = BotUser.seen(id, "User " + id, null, null, "en");
        users.upsert(reachable ? user : user.unreachable());
        return user;
    }

    /** A subscription for a known, reachable user, started now for {@code duration}. */
    Subscription subscriber(long id, VipDuration duration) {
        user(id, true);
        Subscription subscription = Subscription.start(id, duration, clock.instant(), ReminderSchedule.DEFAULT);
        subscriptions.put(subscription);
        return subscription;
    }
}
