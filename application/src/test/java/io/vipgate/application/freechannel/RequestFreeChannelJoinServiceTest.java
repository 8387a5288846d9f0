package io.vipgate.application.freechannel;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.InMemoryJoinRequestRepository;
import io.vipgate.application.fakes.InMemorySettingsRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase.Queued;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A {@code chat_join_request} to the free channel: queued once per user, approvable after the stored wait. */
class RequestFreeChannelJoinServiceTest {

    private static final long FREE_CHANNEL = -1001L;

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryJoinRequestRepository requests = new InMemoryJoinRequestRepository();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final RequestFreeChannelJoinService service = new RequestFreeChannelJoinService(requests, settings, clock);

    private Queued request(long userChatId) {
        return join(service.request(USER, FREE_CHANNEL, userChatId));
    }

    @Test
    void aFirstRequest_isPending_andApprovableAfterTheStoredWait() {
        settings.setFreeChannelWait(FreeChannelWait.ofMinutes(10), ADMIN);

        Queued queued = request(4242L);

        assertThat(queued.request()).isEqualTo(JoinRequest.pending(USER, FREE_CHANNEL, 4242L, T0));
        assertThat(queued.approvableAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(join(requests.find(USER))).contains(queued.request());
    }

    @Test
    void askingAgain_keepsTheClock() {
        settings.setFreeChannelWait(FreeChannelWait.ofMinutes(10), ADMIN);
        request(4242L);
        clock.advance(Duration.ofMinutes(7));

        Queued again = request(5555L);

        assertThat(again.request().requestedAt()).isEqualTo(T0);
        assertThat(again.request().userChatId()).isEqualTo(5555L);
        assertThat(again.approvableAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void askingAgainAfterApproval_startsANewWait() {
        requests.put(JoinRequest.pending(USER, FREE_CHANNEL, 4242L, T0).approved());
        clock.advance(Duration.ofDays(3));

        Queued again = request(4242L);

        assertThat(again.request().status()).isEqualTo(JoinRequestStatus.PENDING);
        assertThat(again.request().requestedAt()).isEqualTo(clock.instant());
        assertThat(again.approvableAt()).isEqualTo(clock.instant().plus(FreeChannelWait.DEFAULT.value()));
    }

    @Test
    void theWaitInForce_decidesWhenARequestBecomesApprovable() {
        request(4242L);
        settings.setFreeChannelWait(FreeChannelWait.ofMinutes(0), ADMIN);
        clock.advance(Duration.ofMinutes(1));

        assertThat(request(4242L).approvableAt()).isEqualTo(T0);
    }
}
