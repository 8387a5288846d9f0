package io.vipgate.bootstrap.jobs;

import static io.vipgate.bootstrap.jobs.Telegram.ADMIN;
import static io.vipgate.bootstrap.jobs.Telegram.push;
import static io.vipgate.bootstrap.jobs.Telegram.sentTo;
import static io.vipgate.bootstrap.jobs.Telegram.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.application.broadcast.DeliverBroadcastsService;
import io.vipgate.application.broadcast.port.out.BroadcastReporter;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.bootstrap.wiring.OutPorts;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.broadcast.PostgresBroadcastAdapter;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /broadcast} end to end: 200 VIPs under Telegram's 30/s, one progress message edited, a tally, no duplicate. */
@QuarkusTest
@TestProfile(BroadcastMode.class)
class BroadcastE2ETest {

    private static final Pattern STARTED = Pattern.compile("Broadcast #(\\d+) is on its way to (\\d+) VIPs");
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @Inject
    TelegramStatus status;

    @Inject
    TestClock clock;

    @Inject
    OutPorts ports;

    @Inject
    MeterRegistry registry;

    @Inject
    PostgresBroadcastAdapter store;

    @Inject
    Notifier notifier;

    @Inject
    BroadcastReporter reporter;

    private final List<Long> subscribers = new ArrayList<>();

    @BeforeEach
    void ready() {
        until("the bot is ready", status::ready);
        clock.set(FarTimes.broadcastFuture());
    }

    /** Ends this test's subscriptions, so that no later broadcast finds them active. */
    @AfterEach
    void unsubscribe() {
        subscribers.forEach(user -> ports.ledger()
                .revoke(user, ADMIN, clock.instant())
                .toCompletableFuture()
                .join());
    }

    private List<Long> subscribers(int count) {
        IntStream.range(0, count).forEach(i -> {
            long user = Telegram.newUser();
            ports.users()
                    .upsert(BotUser.seen(user, "Vip " + i, null, null, "en"))
                    .toCompletableFuture()
                    .join();
            ports.ledger()
                    .extend(user, VipDuration.ofDays(1), ADMIN, clock.instant(), ReminderSchedule.DEFAULT)
                    .toCompletableFuture()
                    .join();
            subscribers.add(user);
        });
        return List.copyOf(subscribers);
    }

    private static List<RecordedCall> sendsTo(Set<Long> users) {
        return Telegram.calls("sendMessage").stream()
                .filter(call -> users.contains(Long.parseLong(call.text("chat_id"))))
                .sorted(Comparator.comparingLong(RecordedCall::nanoTime))
                .toList();
    }

    @Test
    void twoHundredVips_getItOnce_withinThirtyASecond_whileTheAdminWatchesOneMessageCountUp() {
        Set<Long> users = Set.copyOf(subscribers(200));

        String reply = push(FakeUpdates.message(ADMIN, "en", "/broadcast Hello VIPs\nsee you soon"))
                .getString("text");
        Matcher started = STARTED.matcher(reply);
        assertThat(started.find()).as(reply).isTrue();
        String id = started.group(1);
        assertThat(started.group(2)).isEqualTo("200");
        until("the tally", () -> sentTo(ADMIN).stream().anyMatch(text -> text.contains("#" + id + " finished")));

        List<RecordedCall> sends = sendsTo(users);
        assertThat(sends)
                .hasSize(200)
                .allSatisfy(call -> assertThat(call.body().getString("text")).isEqualTo("Hello VIPs\nsee you soon"));
        assertThat(sends).extracting(call -> call.text("chat_id")).doesNotHaveDuplicates();
        for (int i = 0; i + 30 < sends.size(); i++) {
            // 31 sends never fit in one second; the margin covers the way from the client to the fake
            assertThat(sends.get(i + 30).millisAfter(sends.get(i)))
                    .as("31 sends from #%d", i)
                    .isGreaterThan(900.0);
        }
        assertThat(sentTo(ADMIN))
                .contains(
                        "📣 Broadcast #" + id + ": 0/200 sent",
                        "✅ Broadcast #" + id + " finished: 200 sent, 0 blocked the bot, 0 failed (of 200).");
        List<RecordedCall> edits = Telegram.calls("editMessageText").stream()
                .filter(call -> call.text("text").startsWith("📣 Broadcast #" + id + ":"))
                .toList();
        assertThat(edits).hasSizeGreaterThanOrEqualTo(2);
        assertThat(edits)
                .extracting(call -> call.text("message_id"))
                .containsOnly(edits.getFirst().text("message_id"));
        assertThat(edits).extracting(call -> call.text("chat_id")).containsOnly(String.valueOf(ADMIN));
        assertThat(edits.getLast().text("text")).isEqualTo("📣 Broadcast #" + id + ": 200/200 sent");
        assertThat(edits)
                .extracting(call -> Integer.parseInt(call.text("text").replaceAll(".*: (\\d+)/.*", "$1")))
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void aRunnerThatDiesMidway_isResumedAfterItsLease_andNobodyGetsTheBroadcastTwice() {
        List<Long> users = subscribers(20);
        Instant t0 = clock.instant();
        Lease hold = Lease.fresh(t0, BroadcastMode.LEASE);
        long id = store.create(ADMIN, "Once only", t0, hold)
                .toCompletableFuture()
                .join()
                .orElseThrow()
                .id();
        // The dying runner may take it where the scheduled one, still at t0, may not: its clock is past the hold.
        Clock later = Clock.fixed(t0.plus(BroadcastMode.LEASE), ZoneOffset.UTC);
        StallingNotifier stalling = new StallingNotifier(notifier, Set.copyOf(users), 8);
        new DeliverBroadcastsService(
                        store,
                        ports.users(),
                        stalling,
                        reporter,
                        new JobSettings(25, BroadcastMode.LEASE, Duration.ZERO),
                        later)
                .deliver();
        until("the dying runner stalled", stalling::stalled);
        Telegram.runs(registry, ScheduledJobs.BROADCASTS, 2);
        assertThat(sendsTo(Set.copyOf(users))).as("held by the dying runner").hasSize(8);

        clock.set(t0.plus(BroadcastMode.LEASE).plus(BroadcastMode.LEASE));
        until("the tally", () -> sentTo(ADMIN).stream().anyMatch(text -> text.contains("#" + id + " finished")));

        List<RecordedCall> sends = sendsTo(Set.copyOf(users));
        assertThat(sends)
                .hasSize(19)
                .extracting(call -> call.text("chat_id"))
                .doesNotHaveDuplicates()
                .doesNotContain(String.valueOf(stalling.stalledOn()));
        assertThat(sentTo(ADMIN))
                .contains("✅ Broadcast #" + id + " finished: 19 sent, 0 blocked the bot, 1 failed (of 20).");
    }
}
