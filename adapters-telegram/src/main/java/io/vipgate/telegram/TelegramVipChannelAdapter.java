package io.vipgate.telegram;

import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.CreateChatInviteLink;
import org.telegram.telegrambots.meta.api.methods.groupadministration.UnbanChatMember;

/** The VIP channel through the Bot API: personal invite links, join decisions, removal that allows a return. */
final class TelegramVipChannelAdapter implements VipChannel {

    /** Telegram's limit on an invite link's name. */
    static final int MAX_NAME_LENGTH = 32;

    /** Answers meaning the user is not in the channel, which is what removal wants anyway. */
    private static final List<String> ALREADY_GONE = List.of("user not found", "participant_id_invalid",
            "user_not_participant", "not a member", "member not found", "user_id_invalid");

    private final BotApiClient client;
    private final long channelId;

    TelegramVipChannelAdapter(BotApiClient client, long channelId) {
        this.client = client;
        this.channelId = channelId;
    }

    @Override
    public CompletionStage<InviteLink> createInviteLink(long userId, String name, Instant expiresAt) {
        CreateChatInviteLink request = CreateChatInviteLink.builder()
                .chatId(channelId)
                .memberLimit(1)
                .expireDate(Math.toIntExact(expiresAt.getEpochSecond()))
                .name(linkName(userId, name))
                .build();
        return client.call(request)
                .map(link -> new InviteLink(link.getInviteLink(), link.getExpireDate() == null
                        ? expiresAt : Instant.ofEpochSecond(link.getExpireDate())))
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<JoinDecision> decideJoinRequest(long userId, boolean approve) {
        return JoinRequests.decide(client, channelId, userId, approve);
    }

    @Override
    public CompletionStage<Void> remove(long userId) {
        BanChatMember ban = BanChatMember.builder().chatId(channelId).userId(userId).build();
        UnbanChatMember unban = UnbanChatMember.builder().chatId(channelId).userId(userId).onlyIfBanned(true).build();
        return doneIfGone(client.call(ban))
                .chain(() -> doneIfGone(client.call(unban)))
                .replaceWithVoid()
                .subscribeAsCompletionStage();
    }

    /** The name, or the user id when there is none, cut to Telegram's limit without splitting a character. */
    static String linkName(long userId, String name) {
        String text = name == null || name.isBlank() ? String.valueOf(userId) : name.strip();
        if (text.length() <= MAX_NAME_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_NAME_LENGTH - 1)) ? MAX_NAME_LENGTH - 1 : MAX_NAME_LENGTH;
        return text.substring(0, end);
    }

    private static Uni<Boolean> doneIfGone(Uni<Boolean> call) {
        return call.onFailure(TelegramVipChannelAdapter::alreadyGone).recoverWithItem(true);
    }

    private static boolean alreadyGone(Throwable failure) {
        if (!(failure instanceof BotApiException.BadRequest badRequest)) {
            return false;
        }
        String description = badRequest.description().toLowerCase(Locale.ROOT);
        return ALREADY_GONE.stream().anyMatch(description::contains);
    }
}
