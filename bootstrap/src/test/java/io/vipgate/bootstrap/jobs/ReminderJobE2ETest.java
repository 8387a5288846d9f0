package io.vipgate.bootstrap.jobs;

import static io.vipgate.bootstrap.jobs.Telegram.ADMIN;
import static io.vipgate.bootstrap.jobs.Telegram.push;
import static io.vipgate.bootstrap.jobs.Telegram.sentTo;
import static io.vipgate.bootstrap.jobs.Telegram.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reminder job end to end: 3 days, 1 day and 1 hour before the end, each once; more time re-arms them. */
@QuarkusTest
@TestProfile(JobsMode.class)
class ReminderJobE2ETest {

    @Inject
    TelegramStatus status;

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry registry;

    private Instant start;

    @BeforeEach
    void ready() {
        until("the bot is ready", status::ready);
        start = FarTimes.past();
        clock.set(start);
    }

    private static List<String> reminders(long user) {
        return sentTo(user).stream().filter(text -> text.startsWith("⏰")).toList();
    }

    /** Moves the clock to {@code at} and waits for the reminder that is due there. */
    private void expectReminderAt(Instant at, long user, int count, String timeLeft) {
        clock.set(at);
        until(count + " reminders", () -> reminders(user).size() >= count);
        assertThat(reminders(user).getLast()).contains("ends in " + timeLeft);
    }

    @Test
    void eachReminder_goesOutOnce_atItsOffsetBeforeTheEnd() {
        long user = Telegram.subscriber("7d");
        Instant end = start.plus(Duration.ofDays(7));
        Telegram.runs(registry, ScheduledJobs.REMINDERS, 2);
        assertThat(reminders(user)).isEmpty();

        expectReminderAt(end.minus(Duration.ofDays(3)), user, 1, "3 days");
        Telegram.runs(registry, ScheduledJobs.REMINDERS, 2);
        expectReminderAt(end.minus(Duration.ofDays(1)), user, 2, "24 hours");
        expectReminderAt(end.minus(Duration.ofHours(1)), user, 3, "1 hour");
        Telegram.runs(registry, ScheduledJobs.REMINDERS, 2);

        assertThat(reminders(user)).hasSize(3);
    }

    @Test
    void stackingMoreTime_reArmsTheRemindersAhead() {
        long user = Telegram.subscriber("7d");
        expectReminderAt(start.plus(Duration.ofDays(4)), user, 1, "3 days");

        push(FakeUpdates.message(ADMIN, "en", "/extend " + user + " 7d"));

        expectReminderAt(start.plus(Duration.ofDays(11)), user, 2, "3 days");
        Telegram.runs(registry, ScheduledJobs.REMINDERS, 2);
        assertThat(reminders(user)).hasSize(2);
    }
}
