package io.vipgate.bootstrap.jobs;

import static io.vipgate.bootstrap.jobs.Telegram.ADMIN;
import static io.vipgate.bootstrap.jobs.Telegram.FREE;
import static io.vipgate.bootstrap.jobs.Telegram.about;
import static io.vipgate.bootstrap.jobs.Telegram.push;
import static io.vipgate.bootstrap.jobs.Telegram.sentTo;
import static io.vipgate.bootstrap.jobs.Telegram.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.bootstrap.e2e.FakeTelegram;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The free-channel job end to end: approved once the wait is over and not before; {@code /setwait 0} at once. */
@QuarkusTest
@TestProfile(JobsMode.class)
class FreeApprovalJobE2ETest {

    private static final String APPROVED = "You're in!";

    @Inject
    TelegramStatus status;

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void ready() {
        until("the bot is ready", status::ready);
        clock.set(FarTimes.past());
    }

    /** Back to the default wait, which other tests expect. */
    @AfterEach
    void defaultWait() {
        push(FakeUpdates.message(ADMIN, "en", "/setwait 5"));
    }

    private static long requested() {
        long user = Telegram.newUser();
        push(FakeUpdates.joinRequest(user, "en", FREE));
        return user;
    }

    @Test
    void aRequest_isApprovedOnceTheWaitIsOver_andNotBefore_andTheUserIsTold() {
        push(FakeUpdates.message(ADMIN, "en", "/setwait 5"));
        long user = requested();

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        Telegram.runs(registry, ScheduledJobs.FREE_APPROVALS, 2);
        assertThat(about("approveChatJoinRequest", user)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        until("approved", () -> !about("approveChatJoinRequest", user).isEmpty());
        until("told", () -> sentTo(user).stream().anyMatch(text -> text.contains(APPROVED)));

        assertThat(about("approveChatJoinRequest", user).getFirst().text("chat_id"))
                .isEqualTo(String.valueOf(FREE));
        Telegram.runs(registry, ScheduledJobs.FREE_APPROVALS, 2);
        assertThat(about("approveChatJoinRequest", user)).as("once").hasSize(1);
    }

    @Test
    void setwaitZero_approvesTheNextRequestAtOnce_withoutTheClockMoving() {
        push(FakeUpdates.message(ADMIN, "en", "/setwait 0"));

        long user = requested();

        until("approved", () -> !about("approveChatJoinRequest", user).isEmpty());
        assertThat(about("approveChatJoinRequest", user)).hasSize(1);
    }

    @Test
    void aRequestTelegramAlreadySettled_countsAsDone_andIsNotTriedAgain() {
        push(FakeUpdates.message(ADMIN, "en", "/setwait 0"));
        // requests an earlier run left pending go now, so that the failure below meets this user's approval
        Telegram.runs(registry, ScheduledJobs.FREE_APPROVALS, 2);
        FakeTelegram.api()
                .failNext("approveChatJoinRequest", 1, FakeFailure.badRequest("Bad Request: USER_ALREADY_PARTICIPANT"));

        long user = requested();
        until("approval tried", () -> !about("approveChatJoinRequest", user).isEmpty());
        clock.advance(JobsMode.RETRY_DELAY);
        Telegram.runs(registry, ScheduledJobs.FREE_APPROVALS, 2);

        assertThat(about("approveChatJoinRequest", user)).hasSize(1);
        assertThat(sentTo(user)).noneMatch(text -> text.contains(APPROVED));
    }
}
