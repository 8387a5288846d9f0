package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase.Queued;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase.Verdict;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.command.Async;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.NoticeTexts;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.inbound.ChatJoinRequest;
import io.vipgate.telegram.inbound.ChatMemberUpdated;
import java.time.Clock;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * Join requests: to the free channel they are queued (once; asking again keeps the clock) and acknowledged, to
 * the VIP channel they are decided at once. Answers go to {@code user_chat_id}, which works before the user ever
 * wrote to the bot.
 */
public final class JoinRequestRouter {

    private final RecordUserUseCase users;
    private final RequestFreeChannelJoinUseCase freeJoins;
    private final DecideVipJoinRequestUseCase vipJoins;
    private final Texts texts;
    private final long vipChannelId;
    private final long freeChannelId;
    private final Clock clock;
    private final ChatMemberRouter members;

    /** {@code vipMembers} checks whoever comes into the VIP channel, however they got in. */
    public JoinRequestRouter(
            RecordUserUseCase users,
            RequestFreeChannelJoinUseCase freeJoins,
            DecideVipJoinRequestUseCase vipJoins,
            CheckVipMemberUseCase vipMembers,
            Texts texts,
            long vipChannelId,
            long freeChannelId,
            Clock clock) {
        this.users = users;
        this.freeJoins = freeJoins;
        this.vipJoins = vipJoins;
        this.texts = texts;
        this.vipChannelId = vipChannelId;
        this.freeChannelId = freeChannelId;
        this.clock = clock;
        this.members = new ChatMemberRouter(vipMembers, vipChannelId);
    }

    /** Someone's standing in a channel changed: the VIP channel's gate checks whoever comes in. */
    Uni<Optional<BotApiMethod<?>>> memberChange(ChatMemberUpdated change) {
        return members.route(change);
    }

    Uni<Optional<BotApiMethod<?>>> route(ChatJoinRequest request) {
        long chatId = request.chat().id();
        if (!TelegramUsers.isPerson(request.from()) || (chatId != vipChannelId && chatId != freeChannelId)) {
            return UpdateRouter.none();
        }
        BotUser user = TelegramUsers.botUser(request.from());
        long userChatId = request.userChatId() == null ? user.id() : request.userChatId();
        Messages m = texts.forUser(user);
        Uni<Void> recorded = Async.uni(() -> users.seen(user));
        if (chatId == freeChannelId) {
            return recorded.chain(() -> Async.<Queued>uni(() -> freeJoins.request(user.id(), chatId, userChatId)))
                    .map(queued -> UpdateRouter.reply(Replies.message(
                            userChatId,
                            NoticeTexts.render(
                                    m, new Notice.FreeRequestQueued(queued.approvableAt()), clock.instant()))));
        }
        return recorded.chain(() -> Async.<Verdict>uni(() -> vipJoins.decide(user.id())))
                .map(verdict -> verdict.approved()
                        ? Optional.<BotApiMethod<?>>empty()
                        : UpdateRouter.reply(Replies.message(userChatId, m.html(Text.VIP_JOIN_DECLINED))));
    }
}
