package io.vipgate.telegram.payment;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.payment.port.in.CancelRenewalUseCase;
import io.vipgate.application.payment.port.in.CancelRenewalUseCase.Cancellation;
import io.vipgate.application.payment.port.in.CheckoutUseCase;
import io.vipgate.application.payment.port.in.CheckoutUseCase.Checkout;
import io.vipgate.application.payment.port.in.ManagePlansUseCase;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase.RefundOutcome;
import io.vipgate.application.payment.port.out.PlanSales;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.Stars;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.command.Async;
import io.vipgate.telegram.command.Caller;
import io.vipgate.telegram.command.Command;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.transport.Replies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The store's commands; each answers with one Bot API call (a message, or an invoice). */
public final class StoreCommands {

    /** Callback data of a plan's button: {@code buy:<plan id>}. */
    static final String BUY_PREFIX = "buy:";

    private final ManagePlansUseCase plans;
    private final CheckoutUseCase checkout;
    private final CancelRenewalUseCase cancellation;
    private final RefundPaymentUseCase refunds;
    private final Invoices invoices;
    private final StoreTexts texts;
    private final StoreObserver observer;

    public StoreCommands(
            ManagePlansUseCase plans,
            CheckoutUseCase checkout,
            CancelRenewalUseCase cancellation,
            RefundPaymentUseCase refunds,
            BotApiClient client,
            StoreTexts texts,
            StoreObserver observer) {
        this.plans = plans;
        this.checkout = checkout;
        this.cancellation = cancellation;
        this.refunds = refunds;
        this.invoices = new Invoices(client);
        this.texts = texts;
        this.observer = observer;
    }

    /** One button per plan on sale; admins also get each plan's id and sales above them. */
    Uni<BotApiMethod<?>> plans(Caller caller, long chatId) {
        Messages m = caller.messages();
        return Async.<List<PlanSales>>uni(() -> plans.onSale()).map(onSale -> {
            if (onSale.isEmpty()) {
                return Replies.message(chatId, m.html(Text.PLANS_NONE));
            }
            List<Html> lines = new ArrayList<>(List.of(m.html(Text.PLANS_HEADER)));
            List<InlineKeyboardRow> rows = new ArrayList<>();
            for (PlanSales listed : onSale) {
                Plan plan = listed.plan();
                if (caller.admin()) {
                    lines.add(m.html(
                            Text.PLANS_ADMIN_LINE,
                            plan.id(),
                            plan.title(),
                            plan.price().amount(),
                            Invoices.term(m, plan),
                            listed.sold()));
                }
                rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text(plan.title() + " · " + plan.price().amount() + " ⭐ · "
                                + Invoices.term(m, plan).markup())
                        .callbackData(BUY_PREFIX + plan.id())
                        .build()));
            }
            SendMessage message = Replies.message(chatId, Html.join("\n", lines));
            message.setReplyMarkup(InlineKeyboardMarkup.builder().keyboard(rows).build());
            return message;
        });
    }

    /** {@code /buy <id>} and a plan's button: an order, then its invoice. */
    Uni<BotApiMethod<?>> buy(Caller caller, long chatId, String planText) {
        Messages m = caller.messages();
        Optional<Long> planId = planId(planText);
        if (planId.isEmpty()) {
            return message(chatId, m.html(Text.PLAN_NOT_ON_SALE));
        }
        return Async.<Checkout>uni(() -> checkout.open(caller.id(), planId.get()))
                .chain(checkout -> switch (checkout) {
                    case Checkout.Opened opened -> {
                        observer.order(opened.plan().monthly() ? "monthly" : "one_time");
                        yield invoices.invoice(m, chatId, opened);
                    }
                    case Checkout.NotOnSale none -> message(chatId, m.html(Text.PLAN_NOT_ON_SALE));
                });
    }

    Uni<BotApiMethod<?>> cancel(Caller caller, long chatId) {
        Messages m = caller.messages();
        return Async.<Cancellation>uni(() -> cancellation.cancel(caller.id())).map(result -> switch (result) {
            case Cancellation.Canceled canceled ->
                Replies.message(chatId, m.html(Text.CANCELED, m.date(canceled.accessUntil())));
            case Cancellation.NotMonthly none -> Replies.message(chatId, m.html(Text.CANCEL_NONE));
        });
    }

    /** {@code /paysupport}, {@code /terms}, {@code /privacy}: the creator's text, or the default in this language. */
    Uni<BotApiMethod<?>> info(Caller caller, long chatId, Optional<String> configured, Text fallback) {
        return message(
                chatId,
                configured.map(Html::text).orElseGet(() -> caller.messages().html(fallback)));
    }

    StoreTexts texts() {
        return texts;
    }

    /** {@code /newplan <duration or monthly> <stars> <title…>}: anything malformed gets the syntax. */
    Uni<BotApiMethod<?>> newPlan(Caller caller, long chatId, Command command, String text) {
        Messages m = caller.messages();
        PlanTerm term;
        Stars price;
        String title;
        try {
            term = PlanTerm.parse(command.arg(0).orElseThrow(IllegalArgumentException::new));
            price = Stars.parse(command.arg(1).orElseThrow(IllegalArgumentException::new));
            title = Plan.checkedTitle(titleOf(text));
        } catch (IllegalArgumentException | java.util.NoSuchElementException malformed) {
            return message(chatId, usage(m, Text.SYNTAX_NEWPLAN));
        }
        return Async.<Plan>uni(() -> plans.create(caller.id(), title, price, term))
                .map(plan -> Replies.message(
                        chatId,
                        m.html(
                                Text.PLAN_CREATED,
                                plan.id(),
                                plan.title(),
                                plan.price().amount(),
                                Invoices.term(m, plan))));
    }

    Uni<BotApiMethod<?>> endPlan(Caller caller, long chatId, Command command) {
        Messages m = caller.messages();
        Optional<Long> planId = command.arg(0).flatMap(StoreCommands::planId);
        if (planId.isEmpty()) {
            return message(chatId, usage(m, Text.SYNTAX_ENDPLAN));
        }
        return Async.<Boolean>uni(() -> plans.retire(caller.id(), planId.get()))
                .map(retired -> Replies.message(
                        chatId, m.html(retired ? Text.PLAN_RETIRED : Text.PLAN_NOT_FOUND, planId.get())));
    }

    Uni<BotApiMethod<?>> refund(Caller caller, long chatId, Command command) {
        Messages m = caller.messages();
        Optional<String> charge = command.arg(0).filter(id -> id.length() <= 256);
        if (charge.isEmpty() || command.args().size() > 1) {
            return message(chatId, usage(m, Text.SYNTAX_REFUND));
        }
        return Async.<RefundOutcome>uni(() -> refunds.refund(caller.id(), charge.get()))
                .map(outcome -> Replies.message(
                        chatId,
                        switch (outcome) {
                            case RefundOutcome.Refunded refunded -> {
                                observer.refund();
                                yield refunded.accessUntil()
                                        .map(until -> m.html(
                                                Text.REFUND_DONE, refunded.amount(), refunded.userId(), m.date(until)))
                                        .orElseGet(() ->
                                                m.html(Text.REFUND_DONE_REMOVED, refunded.amount(), refunded.userId()));
                            }
                            case RefundOutcome.UnknownCharge unknown -> m.html(Text.REFUND_UNKNOWN);
                            case RefundOutcome.AlreadyRefunded already -> m.html(Text.REFUND_ALREADY);
                        }));
    }

    /** What follows the command word and the two arguments, as typed: the title in the creator's words. */
    static String titleOf(String text) {
        String rest = Command.rest(text);
        for (int skip = 0; skip < 2; skip++) {
            rest = Command.rest(rest);
        }
        return rest;
    }

    static Optional<Long> planId(String text) {
        return Optional.ofNullable(text)
                .map(String::strip)
                .filter(id -> id.matches("[1-9][0-9]{0,17}"))
                .map(Long::parseLong);
    }

    static Html usage(Messages m, Text syntax) {
        Html usage = m.html(Text.USAGE, m.html(syntax));
        return syntax == Text.SYNTAX_NEWPLAN ? Html.join("\n", List.of(usage, m.html(Text.PLAN_SYNTAX))) : usage;
    }

    private static Uni<BotApiMethod<?>> message(long chatId, Html text) {
        return Uni.createFrom().item(Replies.message(chatId, text));
    }
}
