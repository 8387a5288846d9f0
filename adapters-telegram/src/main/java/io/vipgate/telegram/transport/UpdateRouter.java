package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.command.AdminDashboard;
import io.vipgate.telegram.command.Async;
import io.vipgate.telegram.command.Caller;
import io.vipgate.telegram.command.CommandDispatcher;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.inbound.CallbackQuery;
import io.vipgate.telegram.inbound.ChatMemberUpdated;
import io.vipgate.telegram.inbound.Message;
import io.vipgate.telegram.inbound.PreCheckoutQuery;
import io.vipgate.telegram.inbound.Update;
import io.vipgate.telegram.payment.Store;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * Turns one update into use-case calls and at most one reply, which the transport sends (or, for a webhook, puts
 * in the response body). Every sender is recorded first; only private chats are answered, so that admin answers
 * never land in a group.
 */
public final class UpdateRouter {

    private static final Logger LOG = Logger.getLogger(UpdateRouter.class);

    private final RecordUserUseCase users;
    private final RecognizeAdminsUseCase admins;
    private final CommandDispatcher commands;
    private final JoinRequestRouter joinRequests;
    private final Texts texts;
    private final Optional<Store> store;
    private final Optional<AdminDashboard> dashboard;

    public UpdateRouter(
            RecordUserUseCase users,
            RecognizeAdminsUseCase admins,
            CommandDispatcher commands,
            JoinRequestRouter joinRequests,
            Texts texts) {
        this(users, admins, commands, joinRequests, texts, Optional.empty(), Optional.empty());
    }

    /**
     * With a {@code store}, the bot sells VIP with Telegram Stars too; with a {@code dashboard}, {@code /admin} opens
     * the admin dashboard.
     */
    public UpdateRouter(
            RecordUserUseCase users,
            RecognizeAdminsUseCase admins,
            CommandDispatcher commands,
            JoinRequestRouter joinRequests,
            Texts texts,
            Optional<Store> store,
            Optional<AdminDashboard> dashboard) {
        this.users = users;
        this.admins = admins;
        this.commands = commands;
        this.joinRequests = joinRequests;
        this.texts = texts;
        this.store = store;
        this.dashboard = dashboard;
    }

    public Uni<Optional<BotApiMethod<?>>> route(Update update) {
        if (update.message() != null) {
            return message(update.message());
        }
        if (update.callbackQuery() != null) {
            return callback(update.callbackQuery());
        }
        if (update.preCheckoutQuery() != null && store.isPresent()) {
            return preCheckout(update.preCheckoutQuery());
        }
        if (update.chatJoinRequest() != null) {
            return joinRequests.route(update.chatJoinRequest());
        }
        if (update.chatMember() != null) {
            return joinRequests.memberChange(update.chatMember());
        }
        if (update.myChatMember() != null) {
            return myChatMember(update.myChatMember());
        }
        return none();
    }

    /** The last answer for an update that failed again and again: an apology, where there is someone to tell. */
    public Optional<BotApiMethod<?>> apology(Update update) {
        Message message = update.message();
        if (message == null || !message.inPrivateChat() || !TelegramUsers.isPerson(message.from())) {
            return Optional.empty();
        }
        BotUser user = TelegramUsers.botUser(message.from());
        return reply(Replies.message(message.chatId(), texts.forUser(user).html(Text.TRY_LATER)));
    }

    private Uni<Optional<BotApiMethod<?>>> message(Message message) {
        if (!TelegramUsers.isPerson(message.from())
                || message.chat() == null
                || message.chat().id() == null) {
            return none();
        }
        BotUser user = TelegramUsers.botUser(message.from());
        Uni<Void> recorded = Async.uni(() -> users.seen(user));
        if (!message.inPrivateChat()) {
            if (message.successfulPayment() != null) {
                LOG.warnf(
                        "A successful_payment outside a private chat was ignored: user_id=%d chat_id=%d",
                        user.id(), message.chatId());
            }
            return recorded.chain(UpdateRouter::none);
        }
        Caller caller = new Caller(user, texts.forUser(user), admins.isAdmin(user.id()));
        if (store.isPresent() && message.successfulPayment() != null) {
            return recorded.chain(() -> store.get()
                    .paid(
                            message.chatId(),
                            user.displayName(),
                            user.id(),
                            message.successfulPayment(),
                            caller.messages()));
        }
        if (store.isPresent() && message.refundedPayment() != null) {
            return recorded.chain(
                    () -> store.get().refunded(message.chatId(), message.refundedPayment(), caller.messages()));
        }
        Optional<Uni<BotApiMethod<?>>> door =
                dashboard.flatMap(d -> d.command(caller, message.chatId(), message.text()));
        if (door.isPresent()) {
            return recorded.chain(door::get).map(UpdateRouter::reply);
        }
        Optional<Uni<BotApiMethod<?>>> sold = store.flatMap(s -> s.command(caller, message.chatId(), message.text()));
        if (sold.isPresent()) {
            return recorded.chain(sold::get).map(UpdateRouter::reply);
        }
        return recorded.chain(() -> commands.answer(caller, message.text()))
                .chain(html -> store.map(s -> s.addendum(caller, message.text(), html))
                        .orElseGet(() -> Uni.createFrom().item(html)))
                .map(html -> reply(Replies.message(message.chatId(), html)));
    }

    /** Answered within Telegram's 10 seconds: nothing is recorded or called before the answer. */
    private Uni<Optional<BotApiMethod<?>>> preCheckout(PreCheckoutQuery query) {
        BotUser user = TelegramUsers.botUser(query.from());
        return store.get().preCheckout(query, texts.forUser(user)).map(UpdateRouter::reply);
    }

    /** A plan's button starts a purchase; any other (stale) button must still stop its spinner. */
    private Uni<Optional<BotApiMethod<?>>> callback(CallbackQuery query) {
        Uni<Void> recorded = TelegramUsers.isPerson(query.from())
                ? Async.uni(() -> users.seen(TelegramUsers.botUser(query.from())))
                : Uni.createFrom().voidItem();
        if (store.isPresent() && TelegramUsers.isPerson(query.from())) {
            BotUser user = TelegramUsers.botUser(query.from());
            Caller caller = new Caller(user, texts.forUser(user), admins.isAdmin(user.id()));
            Optional<Uni<BotApiMethod<?>>> purchase = store.get().callback(query, caller);
            if (purchase.isPresent()) {
                return recorded.chain(purchase::get).map(UpdateRouter::reply);
            }
        }
        return recorded.map(ignored ->
                reply(AnswerCallbackQuery.builder().callbackQueryId(query.id()).build()));
    }

    /** In a private chat, "kicked" means the user blocked the bot; "member" means they came back. */
    private Uni<Optional<BotApiMethod<?>>> myChatMember(ChatMemberUpdated change) {
        if (change.chat() == null
                || !change.chat().isPrivate()
                || change.newChatMember() == null
                || !TelegramUsers.isPerson(change.from())) {
            return none();
        }
        BotUser user = TelegramUsers.botUser(change.from());
        return switch (String.valueOf(change.newChatMember().status())) {
            case "kicked" -> Async.<Void>uni(() -> users.blockedBot(user.id())).chain(UpdateRouter::none);
            case "member" -> Async.<Void>uni(() -> users.seen(user)).chain(UpdateRouter::none);
            default -> none();
        };
    }

    static Optional<BotApiMethod<?>> reply(BotApiMethod<?> method) {
        return Optional.of(method);
    }

    static Uni<Optional<BotApiMethod<?>>> none() {
        return Uni.createFrom().item(Optional.empty());
    }
}
