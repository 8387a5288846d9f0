package io.vipgate.application.contract;

import static io.vipgate.application.contract.Contracts.await;
import static io.vipgate.application.contract.Contracts.freshId;
import static org.assertj.core.api.Assertions.assertThat;

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
    protected void userExists(long userId) {
    }

    private long user() {
        long id = freshId();
        userExists(id);
        return id;
    }

    @Test
    void aFirstRequest_isStoredPending_asFindReturnsIt() {
        JoinRequest request = JoinRequest.pending(user(), CHAT, 7L, now);

        assertThat(await(requests().record(request))).isEqualTo(request);
        assertThat(await(requests().find(request.userId()))).contains(request);
    }

    @Test
    void askingAgain_keepsThePendingClock_butTakesTheNewUserChat() {
        long id = user();
        await(requests().record(JoinRequest.pending(id, CHAT, 7L, now)));

        JoinRequest stored = await(requests().record(JoinRequest.pending(id, CHAT, 8L, now.plusSeconds(90))));

        assertThat(stored).isEqualTo(new JoinRequest(id, CHAT, 8L, now, JoinRequestStatus.PENDING));
        assertThat(await(requests().find(id))).contains(stored);
    }

    @Test
    void aRequestNeverMade_isNotFound() {
        assertThat(await(requests().find(freshId()))).isEmpty();
    }

    @Test
    void theWait_readsBackAsSet() {
        FreeChannelWait wait = FreeChannelWait.ofMinutes(17);

        await(settings().setFreeChannelWait(wait, 1L));

        assertThat(await(settings().freeChannelWait())).isEqualTo(wait);
        await(settings().setFreeChannelWait(FreeChannelWait.DEFAULT, 1L));
    }
}
