package io.vipgate.application.freechannel;

import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase;
import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.domain.freechannel.JoinRequest;
import java.time.Clock;
import java.util.concurrent.CompletionStage;

/** Queues a free-channel join request; asking again never resets the wait. */
public final class RequestFreeChannelJoinService implements RequestFreeChannelJoinUseCase {

    private final JoinRequestRepository requests;
    private final SettingsRepository settings;
    private final Clock clock;

    public RequestFreeChannelJoinService(JoinRequestRepository requests, SettingsRepository settings, Clock clock) {
        this.requests = requests;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Queued> request(long userId, long chatId, long userChatId) {
        JoinRequest incoming = JoinRequest.pending(userId, chatId, userChatId, clock.instant());
        return requests.record(incoming)
                .thenCompose(stored ->
                        settings.freeChannelWait().thenApply(wait -> new Queued(stored, stored.approvableAt(wait))));
    }
}
