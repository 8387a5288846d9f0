package io.vipgate.domain.freechannel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Free-channel join requests: one per user, approved once the wait has passed, never reset by asking again. */
class JoinRequestTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final FreeChannelWait TEN_MINUTES = FreeChannelWait.ofMinutes(10);

    @Test
    void pending_startsTheClockNow() {
        JoinRequest request = JoinRequest.pending(42L, -100L, 4242L, T0);
        assertThat(request).isEqualTo(new JoinRequest(42L, -100L, 4242L, T0, JoinRequestStatus.PENDING));
        assertThat(request.approvableAt(TEN_MINUTES)).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void repeatedWhilePending_keepsTheClock_butTakesTheNewUserChat() {
        JoinRequest repeated = JoinRequest.pending(42L, -100L, 4242L, T0).repeated(5555L, T0.plusSeconds(300));
        assertThat(repeated.requestedAt()).isEqualTo(T0);
        assertThat(repeated.userChatId()).isEqualTo(5555L);
        assertThat(repeated.status()).isEqualTo(JoinRequestStatus.PENDING);
    }

    @Test
    void repeatedAfterApprovalOrDrop_startsANewClock() {
        Instant later = T0.plus(Duration.ofDays(2));
        JoinRequest pending = JoinRequest.pending(42L, -100L, 4242L, T0);
        for (JoinRequest settled : new JoinRequest[] {pending.approved(), pending.dropped()}) {
            JoinRequest again = settled.repeated(5555L, later);
            assertThat(again).isEqualTo(new JoinRequest(42L, -100L, 5555L, later, JoinRequestStatus.PENDING));
        }
    }

    @Test
    void isApprovable_exactlyWhenTheWaitHasPassed() {
        JoinRequest request = JoinRequest.pending(42L, -100L, 4242L, T0);
        Instant due = T0.plus(Duration.ofMinutes(10));
        assertThat(request.isApprovable(due.minusNanos(1), TEN_MINUTES)).isFalse();
        assertThat(request.isApprovable(due, TEN_MINUTES)).isTrue();
        assertThat(request.isApprovable(due.plusSeconds(3600), TEN_MINUTES)).isTrue();
    }

    @Test
    void aZeroWait_approvesAtOnce() {
        JoinRequest request = JoinRequest.pending(42L, -100L, 4242L, T0);
        assertThat(request.isApprovable(T0, FreeChannelWait.ofMinutes(0))).isTrue();
        assertThat(request.isApprovable(T0, TEN_MINUTES)).isFalse();
    }

    @Test
    void settledRequests_areNeverApprovableAgain() {
        JoinRequest pending = JoinRequest.pending(42L, -100L, 4242L, T0);
        Instant muchLater = T0.plus(Duration.ofDays(30));
        assertThat(pending.approved().isApprovable(muchLater, TEN_MINUTES)).isFalse();
        assertThat(pending.dropped().isApprovable(muchLater, TEN_MINUTES)).isFalse();
        assertThat(pending.approved().status()).isEqualTo(JoinRequestStatus.APPROVED);
        assertThat(pending.dropped().status()).isEqualTo(JoinRequestStatus.DROPPED);
        assertThat(pending.approved().requestedAt()).isEqualTo(T0);
    }
}
