package io.vipgate.application.fakes;

import io.vipgate.application.jobs.JobSettings;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;

/** The fakes the job services run against, wired to one another as the real adapters share one database. */
public final class JobWorld {

    public static final Instant T0 = Fixtures.T0;
    public static final JobSettings SETTINGS = new JobSettings(50, Duration.ofMinutes(10), Duration.ofMinutes(1));

    public final MutableClock clock = new MutableClock(T0);
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
    public final InMemorySubscriptionLedger ledger =
            new InMemorySubscriptionLedger(new InMemoryTokenRepository(), subscriptions);
    public final InMemoryDueSubscriptions dueSubscriptions = new InMemoryDueSubscriptions(subscriptions, users);
    public final InMemoryJoinRequestRepository requests = new InMemoryJoinRequestRepository();
    public final InMemoryDueJoinRequests dueRequests = new InMemoryDueJoinRequests(requests, users);
    public final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    public final InMemoryBroadcastStore broadcasts = new InMemoryBroadcastStore(subscriptions, users);
    public final RecordingBroadcastReporter reporter = new RecordingBroadcastReporter();
    public final FakeVipChannel vipChannel = new FakeVipChannel();
    public final FakeFreeChannel freeChannel = new FakeFreeChannel();
    public final FakeNotifier notifier = new FakeNotifier();

    /** A user the bot knows, reachable unless said otherwise. */
    public BotUser user(long id, boolean reachable) {
        BotUser user = BotUser.seen(id, "User " + id, null, null, "en");
        users.upsert(reachable ? user : user.unreachable());
        return user;
    }

    /** A subscription for a known, reachable user, started now for {@code duration}. */
    public Subscription subscriber(long id, VipDuration duration) {
        user(id, true);
        Subscription subscription = Subscription.start(id, duration, clock.instant(), ReminderSchedule.DEFAULT);
        subscriptions.put(subscription);
        return subscription;
    }
}
