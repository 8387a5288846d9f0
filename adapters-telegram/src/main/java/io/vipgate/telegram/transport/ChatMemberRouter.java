package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase.Check;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.telegram.command.Async;
import io.vipgate.telegram.inbound.ChatMemberUpdated;
import io.vipgate.telegram.inbound.User;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

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
        if (change.chat() == null
                || change.chat().id() == null
                || change.chat().id() != vipChannelId
                || change.newChatMember() == null) {
            return UpdateRouter.none();
        }
        User subject = change.newChatMember().user();
        if (!TelegramUsers.isPerson(subject)) {
            return UpdateRouter.none();
        }
        MemberStatus before = ChatMembers.status(change.oldChatMember());
        MemberStatus after = ChatMembers.status(change.newChatMember());
        return Async.<Check>uni(() -> vipMembers.changed(TelegramUsers.botUser(subject), before, after))
                .map(check -> {
                    if (!(check instanceof Check.NotAJoin) && !(check instanceof Check.Allowed)) {
                        LOG.infof(
                                "VIP channel join checked: user_id=%d from=%s to=%s outcome=%s",
                                subject.id(), before, after, check);
                    }
                    return Optional.empty();
                });
    }
}
