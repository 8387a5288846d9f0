package io.vipgate.telegram.payment;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.payment.port.in.CheckoutUseCase.Checkout;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.Stars;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.transport.Replies;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.invoices.CreateInvoiceLink;
import org.telegram.telegrambots.meta.api.methods.invoices.SendInvoice;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.payments.LabeledPrice;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The invoice for an opened order, in Telegram Stars (currency {@code XTR}, no provider token, one price item, the
 * order id as payload): {@code sendInvoice} for a plan sold once; for a monthly plan an invoice link made with
 * {@code createInvoiceLink} and {@code subscription_period=2592000}, handed over as a URL button.
 */
final class Invoices {

    private final BotApiClient client;

    Invoices(BotApiClient client) {
        this.client = client;
    }

    Uni<BotApiMethod<?>> invoice(Messages m, long chatId, Checkout.Opened opened) {
        Plan plan = opened.plan();
        List<LabeledPrice> price =
                List.of(new LabeledPrice(plan.title(), opened.order().amount()));
        return switch (plan.term()) {
            case PlanTerm.OneTime once ->
                Uni.createFrom()
                        .item(SendInvoice.builder()
                                .chatId(chatId)
                                .title(plan.title())
                                .description(m.html(
                                                Text.INVOICE_ONCE,
                                                m.exact(once.duration().value()))
                                        .markup())
                                .payload(opened.order().id())
                                .currency(Stars.CURRENCY)
                                .prices(price)
                                .build());
            case PlanTerm.Monthly monthly ->
                client.call(CreateInvoiceLink.builder()
                                .title(plan.title())
                                .description(m.plain(Text.INVOICE_MONTHLY))
                                .payload(opened.order().id())
                                .currency(Stars.CURRENCY)
                                .prices(price)
                                .subscriptionPeriod((int) PlanTerm.MONTHLY_PERIOD.toSeconds())
                                .build())
                        .map(url -> payButton(m, chatId, plan, opened.order().amount(), url));
        };
    }

    private static BotApiMethod<?> payButton(Messages m, long chatId, Plan plan, int amount, String url) {
        SendMessage message = Replies.message(chatId, m.html(Text.INVOICE_LINK, plan.title(), amount));
        InlineKeyboardButton pay = InlineKeyboardButton.builder()
                .text(m.html(Text.PAY_BUTTON, amount).markup())
                .url(url)
                .build();
        message.setReplyMarkup(InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(pay))
                .build());
        return message;
    }

    /** How a plan's term reads: its duration, or "monthly". */
    static Html term(Messages m, Plan plan) {
        return switch (plan.term()) {
            case PlanTerm.OneTime once -> m.exact(once.duration().value());
            case PlanTerm.Monthly monthly -> m.html(Text.TERM_MONTHLY);
        };
    }
}
