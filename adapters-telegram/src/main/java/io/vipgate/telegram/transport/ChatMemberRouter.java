package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase.Check;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.telegram.command.Async;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/**
 * {@code chat_member} updates for the VIP channel go to the gate; every other chat's, and any about a bot (this one
 * included) or missing the member, are ignored. The gate itself replies through the notifier, never in the update's
 * answer: the person concerned did not write to the bot.
 */
final class ChatMemberRouter {

    private static final Logger LOG = Logger.getLogger(ChatMemberRouter.class);

    private final CheckVipMemberUseCase vipMembers;
    private final long vipChannelId;

    ChatMemberRouter(CheckVipMemberUseCase vipMembers, long vipChannelId) {
        this.vipMembers = vipMembers;
        this.vipChannelId = vipChannelId;
    }

    Uni<Optional<BotApiMethod<?>>> route(ChatMemberUpdated change) {
        if (change.getChat() == null
                || change.getChat().getId() == null
                || change.getChat().getId() != vipChannelId
                || change.getNewChatMember() == null) {
            return UpdateRouter.none();
        }
        User subject = change.getNewChatMember().getUser();
        if (!TelegramUsers.isPerson(subject)) {
            return UpdateRouter.none();
        }
        MemberStatus before = ChatMembers.status(change.getOldChatMember());
        MemberStatus after = ChatMembers.status(change.getNewChatMember());
        return Async.<Check>uni(() -> vipMembers.changed(TelegramUsers.botUser(subject), before, after))
                .map(check -> {
                    if (!(check instanceof Check.NotAJoin) && !(check instanceof Check.Allowed)) {
                        LOG.infof(
                                "VIP channel join checked: user_id=%d from=%s to=%s outcome=%s",
                                subject.getId(), before, after, check);
                    }
                    return Optional.empty();
                });
    }
}
