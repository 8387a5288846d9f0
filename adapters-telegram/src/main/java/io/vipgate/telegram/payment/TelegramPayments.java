package io.vipgate.telegram.payment;

import io.vipgate.application.payment.port.out.PaymentNotices;
import io.vipgate.application.payment.port.out.StarPayments;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.i18n.Texts;
import java.util.Set;

/** Builds the store's adapters for the wiring in {@code bootstrap}. */
public final class TelegramPayments {

    private TelegramPayments() {}

    public static StarPayments starPayments(BotApiClient client) {
        return new TelegramStarPaymentsAdapter(client);
    }

    public static PaymentNotices notices(BotApiClient client, Texts texts, Set<Long> adminIds) {
        return new TelegramPaymentNotices(client, texts, adminIds);
    }
}
