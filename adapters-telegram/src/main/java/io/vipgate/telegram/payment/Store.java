package io.vipgate.telegram.payment;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.payment.port.in.ManagePlansUseCase;
import io.vipgate.application.payment.port.in.ShowPaymentStatsUseCase;
import io.vipgate.application.payment.port.out.PaymentTotals;
import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.application.subscription.port.in.VipStatus;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.command.Async;
import io.vipgate.telegram.command.Caller;
import io.vipgate.telegram.command.Command;
import io.vipgate.telegram.command.CommandSpec;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.inbound.CallbackQuery;
import io.vipgate.telegram.inbound.PreCheckoutQuery;
import io.vipgate.telegram.inbound.RefundedPayment;
import io.vipgate.telegram.inbound.SuccessfulPayment;
import io.vipgate.telegram.transport.Replies;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * Selling VIP with Telegram Stars, as the update router sees it: the store's commands, plan buttons, pre-checkout
 * queries, payments and refunds, and the lines it adds to {@code /start}, {@code /status} and {@code /stats}.
 */
public final class Store {

    private static final Logger LOG = Logger.getLogger(Store.class);

    private final ManagePlansUseCase plans;
    private final CheckStatusUseCase vipStatus;
    private final ShowPaymentStatsUseCase stats;
    private final BotApiClient client;
    private final StoreCommands commands;
    private final PaymentUpdates updates;

    public Store(
            StoreCommands commands,
            PaymentUpdates updates,
            ManagePlansUseCase plans,
            CheckStatusUseCase vipStatus,
            ShowPaymentStatsUseCase stats,
            BotApiClient client) {
        this.commands = commands;
        this.updates = updates;
        this.plans = plans;
        this.vipStatus = vipStatus;
        this.stats = stats;
        this.client = client;
    }

    /** The answer to a store command this caller may use, or empty for any other text. */
    public Optional<Uni<BotApiMethod<?>>> command(Caller caller, long chatId, String text) {
        Optional<Command> command = Command.parse(text);
        Optional<CommandSpec> spec =
                command.flatMap(c -> CommandSpec.find(c.name(), caller.admin())).filter(CommandSpec::store);
        return spec.map(found -> apologising(
                caller,
                chatId,
                found,
                Uni.createFrom().deferred(() -> run(found, caller, chatId, command.get(), text))));
    }

    private Uni<BotApiMethod<?>> run(CommandSpec spec, Caller caller, long chatId, Command command, String text) {
        StoreTexts texts = commands.texts();
        return switch (spec) {
            case PLANS -> commands.plans(caller, chatId);
            case BUY -> commands.buy(caller, chatId, command.arg(0).orElse(""));
            case CANCEL -> commands.cancel(caller, chatId);
            case PAYSUPPORT -> commands.info(caller, chatId, texts.support(), Text.PAYSUPPORT_DEFAULT);
            case TERMS -> commands.info(caller, chatId, texts.terms(), Text.TERMS_DEFAULT);
            case PRIVACY -> commands.info(caller, chatId, texts.privacy(), Text.PRIVACY_DEFAULT);
            case NEWPLAN -> commands.newPlan(caller, chatId, command, text);
            case ENDPLAN -> commands.endPlan(caller, chatId, command);
            case REFUND -> commands.refund(caller, chatId, command);
            default -> throw new IllegalArgumentException("not a store command: " + spec);
        };
    }

    /** A plan's button: the press is answered at once (its spinner stops), then the order's invoice follows. */
    public Optional<Uni<BotApiMethod<?>>> callback(CallbackQuery query, Caller caller) {
        String data = query.data();
        if (data == null || !data.startsWith(StoreCommands.BUY_PREFIX)) {
            return Optional.empty();
        }
        Uni<Boolean> answered = client.call(AnswerCallbackQuery.builder()
                        .callbackQueryId(query.id())
                        .build())
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Button press not answered: %s", failure.getMessage());
                    return false;
                });
        long chatId = caller.id();
        return Optional.of(apologising(
                caller,
                chatId,
                CommandSpec.BUY,
                answered.chain(() -> commands.buy(caller, chatId, data.substring(StoreCommands.BUY_PREFIX.length())))));
    }

    public Uni<BotApiMethod<?>> preCheckout(PreCheckoutQuery query, Messages m) {
        return updates.preCheckout(query, m);
    }

    public Uni<Optional<BotApiMethod<?>>> paid(
            long chatId, String displayName, long userId, SuccessfulPayment paid, Messages m) {
        return updates.paid(chatId, displayName, userId, paid, m);
    }

    public Uni<Optional<BotApiMethod<?>>> refunded(long chatId, RefundedPayment refund, Messages m) {
        return updates.refunded(chatId, refund, m);
    }

    /**
     * What the store adds to another command's answer: {@code /plans} for someone without VIP on {@code /start}
     * and {@code /status} while plans are on sale; the Stars totals on an admin's {@code /stats}.
     */
    public Uni<Html> addendum(Caller caller, String text, Html answer) {
        Optional<Command> command = Command.parse(text);
        String name = command.map(Command::name).orElse("");
        boolean greeting = name.equals("status")
                || name.equals("start") && command.get().args().isEmpty();
        if (greeting) {
            // Plans first: with none on sale (the remembered answer, no I/O) the status is not read a second time.
            return Async.<Boolean>uni(() -> plans.anyOnSale())
                    .chain(onSale -> !onSale
                            ? Uni.createFrom().item(false)
                            : Async.<VipStatus>uni(() -> vipStatus.status(caller.id()))
                                    .map(status -> !(status instanceof VipStatus.Active)))
                    .map(pitch -> pitch
                            ? Html.join(
                                    "\n\n", List.of(answer, caller.messages().html(Text.PLANS_HINT)))
                            : answer);
        }
        if (name.equals("stats") && caller.admin()) {
            Messages m = caller.messages();
            return Async.<PaymentTotals>uni(() -> stats.totals())
                    .map(t -> Html.join(
                            "\n",
                            List.of(
                                    answer,
                                    m.html(
                                            Text.STATS_STARS,
                                            t.starsThisMonth(),
                                            t.starsTotal(),
                                            t.payingUsers(),
                                            t.monthlySubscribers(),
                                            t.refunds()))));
        }
        return Uni.createFrom().item(answer);
    }

    /** A Bot API failure inside a store command gets an apology now; other failures propagate (a retry later). */
    private static Uni<BotApiMethod<?>> apologising(
            Caller caller, long chatId, CommandSpec spec, Uni<BotApiMethod<?>> answer) {
        return answer.onFailure(BotApiException.class).recoverWithItem(failure -> {
            LOG.warnf("Store command /%s answered with an apology: %s", spec.command(), failure.getMessage());
            return Replies.message(chatId, caller.messages().html(Text.TRY_LATER));
        });
    }
}
