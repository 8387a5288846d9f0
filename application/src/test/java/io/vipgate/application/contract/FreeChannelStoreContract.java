package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * What every store of free-channel join requests and of the wait does, held against the in-memory fakes and the
 * PostgreSQL adapter alike.
 */
public abstract class FreeChannelStoreContract {

    private static final long CHAT = -100_555L;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract JoinRequestRepository requests();

    protected abstract SettingsRepository settings();

    /** A join request names a user the store may require to exist; the in-memory fake needs nothing. */
    protected void userExists(long userId) {}

    private long user() {
        long id = TestIds.user();
        userExists(id);
        return id;
    }

    @Test
    void aFirstRequest_isStoredPending_asFindReturnsIt() {
        JoinRequest request = JoinRequest.pending(user(), CHAT, 7L, now);

        assertThat(Await.result(requests().record(request))).isEqualTo(request);
        assertThat(Await.result(requests().find(request.userId()))).contains(request);
    }

    @Test
    void askingAgain_keepsThePendingClock_butTakesTheNewUserChat() {
        long id = user();
        Await.result(requests().record(JoinRequest.pending(id, CHAT, 7L, now)));

        JoinRequest stored = Await.result(requests().record(JoinRequest.pending(id, CHAT, 8L, now.plusSeconds(90))));

        assertThat(stored).isEqualTo(new JoinRequest(id, CHAT, 8L, now, JoinRequestStatus.PENDING));
        assertThat(Await.result(requests().find(id))).contains(stored);
    }

    @Test
    void aRequestNeverMade_isNotFound() {
        assertThat(Await.result(requests().find(TestIds.user()))).isEmpty();
    }

    @Test
    void theWait_readsBackAsSet() {
        FreeChannelWait wait = FreeChannelWait.ofMinutes(17);

        Await.result(settings().setFreeChannelWait(wait, 1L));

        assertThat(Await.result(settings().freeChannelWait())).isEqualTo(wait);
        Await.result(settings().setFreeChannelWait(FreeChannelWait.DEFAULT, 1L));
    }
}
