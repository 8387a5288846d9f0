package io.vipgate.bootstrap.jobs;

import static io.vipgate.bootstrap.jobs.Telegram.VIP;
import static io.vipgate.bootstrap.jobs.Telegram.about;
import static io.vipgate.bootstrap.jobs.Telegram.push;
import static io.vipgate.bootstrap.jobs.Telegram.sentTo;
import static io.vipgate.bootstrap.jobs.Telegram.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.jobs.ExpireDueSubscriptionsService;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.bootstrap.e2e.FakeTelegram;
import io.vipgate.bootstrap.wiring.OutPorts;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.persistence.jobs.PostgresDueSubscriptionsAdapter;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.FakeHold;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The expiry job end to end: the clock moves, Telegram sees ban then unban, the user is told, the row expires. */
@QuarkusTest
@TestProfile(JobsMode.class)
class ExpiryJobE2ETest {

    private static final String ENDED = "Your VIP has ended";

    @Inject
    TelegramStatus status;

    @Inject
    TestClock clock;

    @Inject
    OutPorts ports;

    @Inject
    MeterRegistry registry;

    @Inject
    PostgresDueSubscriptionsAdapter due;

    @Inject
    Notifier notifier;

    @Inject
    VipRemovals removals;

    @BeforeEach
    void ready() {
        until("the bot is ready", status::ready);
        clock.set(FarTimes.past());
    }

    private SubscriptionStatus statusOf(long user) {
        return ports.uncachedSubscriptions()
                .find(user)
                .toCompletableFuture()
                .join()
                .orElseThrow()
                .status();
    }

    /** Expired, and the run that expired the user over: the message goes out only after the commit. */
    private void untilExpired(long user) {
        until("user " + user + " expired", () -> statusOf(user) == SubscriptionStatus.EXPIRED);
        Telegram.runs(registry, ScheduledJobs.EXPIRY, 1);
    }

    @Test
    void atExpiry_theUserIsBannedThenUnbannedIfBanned_toldOnce_andExpiredWithHistory() {
        long user = Telegram.subscriber("1d");
        Telegram.runs(registry, ScheduledJobs.EXPIRY, 2);
        assertThat(about("banChatMember", user)).as("before expiry").isEmpty();

        clock.advance(Duration.ofDays(1));
        untilExpired(user);

        RecordedCall ban = about("banChatMember", user).getFirst();
        RecordedCall unban = about("unbanChatMember", user).getFirst();
        assertThat(ban.text("chat_id")).isEqualTo(String.valueOf(VIP));
        assertThat(unban.text("chat_id")).isEqualTo(String.valueOf(VIP));
        assertThat(unban.body().getBoolean("only_if_banned")).isTrue();
        assertThat(unban.nanoTime()).isGreaterThan(ban.nanoTime());
        assertThat(sentTo(user)).filteredOn(text -> text.startsWith(ENDED)).hasSize(1);
        assertThat(ports.uncachedSubscriptions()
                        .history(user)
                        .toCompletableFuture()
                        .join())
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.EXTENDED, ChangeKind.EXPIRED);

        Telegram.runs(registry, ScheduledJobs.EXPIRY, 2);
        assertThat(about("banChatMember", user)).as("once").hasSize(1);
    }

    @Test
    void someoneWhoBlockedTheBot_isStillRemoved_butNotWrittenTo() {
        long user = Telegram.subscriber("1d");
        push(FakeUpdates.blockedBot(user));

        clock.advance(Duration.ofDays(1));
        untilExpired(user);

        assertThat(about("banChatMember", user)).hasSize(1);
        assertThat(about("unbanChatMember", user)).hasSize(1);
        assertThat(sentTo(user)).noneMatch(text -> text.startsWith(ENDED));
    }

    @Test
    void aTelegramFailure_leavesTheSubscriptionActive_andIsRetriedAfterTheDelay() {
        long user = Telegram.subscriber("1d");
        clock.advance(Duration.ofDays(1).minusSeconds(1));
        // rows an earlier run left due are expired now, so that the failures below meet this user's unban
        Telegram.runs(registry, ScheduledJobs.EXPIRY, 2);
        FakeTelegram.api().failNext("unbanChatMember", 3, FakeFailure.serverError());

        clock.advance(Duration.ofSeconds(1));
        until("three failed unbans", () -> about("unbanChatMember", user).size() == 3);
        Telegram.runs(registry, ScheduledJobs.EXPIRY, 2);
        assertThat(statusOf(user)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(about("unbanChatMember", user))
                .as("not before the retry delay")
                .hasSize(3);

        clock.advance(JobsMode.RETRY_DELAY);
        untilExpired(user);

        assertThat(about("banChatMember", user))
                .as("the ban repeated, harmlessly")
                .hasSize(2);
        assertThat(sentTo(user)).filteredOn(text -> text.startsWith(ENDED)).hasSize(1);
    }

    @Test
    void aRunnerThatDiesBeforeItsCommit_leavesTheRow_toAnotherRunnerOnceItsLeaseRunsOut_andTheUserIsToldOnce() {
        long user = Telegram.subscriber("1d");
        Instant end = clock.instant().plus(Duration.ofDays(1));
        DyingLedger dying = new DyingLedger(ports.ledger(), user);
        new ExpireDueSubscriptionsService(
                        due,
                        dying,
                        removals,
                        notifier,
                        new JobSettings(50, JobsMode.LEASE, JobsMode.RETRY_DELAY),
                        Clock.fixed(end, ZoneOffset.UTC))
                .expireDue();
        until("the dying runner reached its commit", dying::dead);

        clock.set(end);
        Telegram.runs(registry, ScheduledJobs.EXPIRY, 2);
        assertThat(statusOf(user)).as("held by the dead runner's lease").isEqualTo(SubscriptionStatus.ACTIVE);

        clock.advance(JobsMode.LEASE);
        untilExpired(user);

        assertThat(about("banChatMember", user)).hasSize(2);
        // The message waits for the commit, so the dead runner sent none: the user is told once, by the survivor.
        assertThat(sentTo(user)).filteredOn(text -> text.startsWith(ENDED)).hasSize(1);
        assertThat(ports.uncachedSubscriptions()
                        .history(user)
                        .toCompletableFuture()
                        .join())
                .hasSize(2);
    }

    @Test
    void aPermanentRefusalOfTheBan_endsTheRow_andTellsTheAdminsOnce() {
        long user = Telegram.subscriber("1d");
        Telegram.runs(registry, ScheduledJobs.EXPIRY, 1);
        FakeTelegram.api().failNext("banChatMember", 1, FakeFailure.badRequest("Bad Request: can't remove chat owner"));
        int toldAdmin = sentTo(Telegram.ADMIN).size();

        clock.advance(Duration.ofDays(1));
        untilExpired(user);
        Telegram.runs(registry, ScheduledJobs.EXPIRY, 2);

        assertThat(about("banChatMember", user)).as("not retried").hasSize(1);
        assertThat(about("unbanChatMember", user)).isEmpty();
        assertThat(ports.uncachedSubscriptions()
                        .history(user)
                        .toCompletableFuture()
                        .join())
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.EXTENDED, ChangeKind.REMOVAL_REFUSED);
        assertThat(sentTo(Telegram.ADMIN)
                        .subList(toldAdmin, sentTo(Telegram.ADMIN).size()))
                .filteredOn(text -> text.contains(String.valueOf(user)))
                .singleElement()
                .asString()
                .contains("Telegram refuses", "own the channel");
    }

    @Test
    void aRenewalCommittedWhileTheBanIsOnItsWay_keepsTheUserVip_andSendsThemBackIn() throws Exception {
        long user = Telegram.subscriber("1d");
        Telegram.runs(registry, ScheduledJobs.EXPIRY, 1);
        try (FakeHold hold = FakeTelegram.api().hold("banChatMember")) {
            clock.advance(Duration.ofDays(1));
            assertThat(hold.awaitHeldCall(Duration.ofSeconds(30)))
                    .as("the ban went out")
                    .isTrue();
            push(FakeUpdates.message(Telegram.ADMIN, "en", "/extend " + user + " 30d"));
        }
        until(
                "the user was let back in",
                () -> sentTo(user).stream().anyMatch(text -> text.contains("renewal came in")));

        assertThat(statusOf(user)).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(sentTo(user)).noneMatch(text -> text.startsWith(ENDED));
        assertThat(ports.uncachedSubscriptions()
                        .history(user)
                        .toCompletableFuture()
                        .join())
                .extracting(change -> change.kind())
                .doesNotContain(ChangeKind.EXPIRED);
    }
}
