package io.vipgate.telegram;

import io.vipgate.application.freechannel.port.out.FreeChannel;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.telegram.client.BotApiClient;
import java.util.concurrent.CompletionStage;

/** The free channel through the Bot API: approving join requests once their wait is over. */
final class TelegramFreeChannelAdapter implements FreeChannel {

    private final BotApiClient client;
    private final long channelId;

    TelegramFreeChannelAdapter(BotApiClient client, long channelId) {
        this.client = client;
        this.channelId = channelId;
    }

    @Override
    public CompletionStage<JoinDecision> approve(long userId) {
        return JoinRequests.decide(client, channelId, userId, true);
    }
}
