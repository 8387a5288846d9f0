package io.vipgate.telegram;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.transport.ChatMembers;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.CreateChatInviteLink;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.RevokeChatInviteLink;
import org.telegram.telegrambots.meta.api.methods.groupadministration.UnbanChatMember;

/**
 * The VIP channel through the Bot API: personal invite links that need approval, join decisions, removal that allows
 * a return and is decided at the moment it goes out, and the standing of one user.
 */
final class TelegramVipChannelAdapter implements VipChannel {

    private static final Logger LOG = Logger.getLogger(TelegramVipChannelAdapter.class);

    /** Telegram's limit on an invite link's name. */
    static final int MAX_NAME_LENGTH = 32;

    /** Answers meaning the user is not in the channel, which is what removal wants anyway. */
    private static final List<String> ALREADY_GONE = List.of(
            "user not found", "participant_id_invalid", "user_not_participant", "member not found", "user_id_invalid");
    /** Answers to a revocation meaning the link no longer works, which is what revoking wants. */
    private static final List<String> LINK_GONE =
            List.of("invite_hash_expired", "invite link not found", "link_not_found", "invite_hash_invalid");

    private final BotApiClient client;
    private final long channelId;

    TelegramVipChannelAdapter(BotApiClient client, long channelId) {
        this.client = client;
        this.channelId = channelId;
    }

    @Override
    public CompletionStage<InviteLink> createInviteLink(long userId, String name, Instant expiresAt) {
        // Telegram refuses member_limit together with creates_join_request: approval is what limits the link.
        CreateChatInviteLink request = CreateChatInviteLink.builder()
                .chatId(channelId)
                .createsJoinRequest(true)
                .expireDate(Math.toIntExact(expiresAt.getEpochSecond()))
                .name(linkName(userId, name))
                .build();
        return client.call(request)
                .map(link -> new InviteLink(
                        link.getInviteLink(),
                        link.getExpireDate() == null ? expiresAt : Instant.ofEpochSecond(link.getExpireDate())))
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<JoinDecision> decideJoinRequest(long userId, boolean approve) {
        return JoinRequests.decide(client, channelId, userId, approve);
    }

    @Override
    public CompletionStage<Void> revokeInviteLink(String url) {
        RevokeChatInviteLink revoke =
                RevokeChatInviteLink.builder().chatId(channelId).inviteLink(url).build();
        return client.call(revoke)
                .replaceWithVoid()
                .onFailure(failure -> matches(failure, LINK_GONE))
                .recoverWithNull()
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Removal> remove(long userId, Supplier<CompletionStage<Boolean>> stillWanted) {
        BanChatMember ban =
                BanChatMember.builder().chatId(channelId).userId(userId).build();
        UnbanChatMember unban = UnbanChatMember.builder()
                .chatId(channelId)
                .userId(userId)
                .onlyIfBanned(true)
                .build();
        Uni<Removal> removal = client.callIf(ban, () -> Uni.createFrom().completionStage(stillWanted))
                .onFailure(failure -> matches(failure, ALREADY_GONE))
                .recoverWithItem(Optional.of(true))
                .chain(banned -> banned.isEmpty()
                        ? Uni.createFrom().item(new Removal.NotWanted())
                        : doneIfGone(client.call(unban)).replaceWith(new Removal.Removed()));
        return removal.onFailure(failure -> RemovalRefusals.of(failure).isPresent())
                .recoverWithItem(failure -> {
                    Removal.Refused refused =
                            new Removal.Refused(RemovalRefusals.of(failure).orElseThrow());
                    LOG.warnf(
                            "Removal from the VIP channel refused for good: user_id=%d reason=%s error=\"%s\"",
                            userId, refused.reason(), failure.getMessage());
                    return refused;
                })
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<MemberStatus> memberStatus(long userId) {
        // Paced like a send to the channel: the sweep asks about many users in a row.
        GetChatMember request =
                GetChatMember.builder().chatId(channelId).userId(userId).build();
        return client.send(channelId, request)
                .map(ChatMembers::status)
                .onFailure(failure -> matches(failure, ALREADY_GONE))
                .recoverWithItem(MemberStatus.LEFT)
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
        return call.onFailure(failure -> matches(failure, ALREADY_GONE)).recoverWithItem(true);
    }

    private static boolean matches(Throwable failure, List<String> descriptions) {
        if (!(failure instanceof BotApiException.BadRequest badRequest)) {
            return false;
        }
        String description = badRequest.description().toLowerCase(Locale.ROOT);
        return descriptions.stream().anyMatch(description::contains);
    }
}
