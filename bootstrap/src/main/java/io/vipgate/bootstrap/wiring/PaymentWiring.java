package io.vipgate.bootstrap.wiring;

import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.payment.CancelRenewalService;
import io.vipgate.application.payment.CheckoutService;
import io.vipgate.application.payment.ManagePlansService;
import io.vipgate.application.payment.PreCheckoutService;
import io.vipgate.application.payment.ReconcilePaymentsService;
import io.vipgate.application.payment.RecordPaymentService;
import io.vipgate.application.payment.RefundPaymentService;
import io.vipgate.application.payment.ShowPaymentStatsService;
import io.vipgate.application.payment.port.in.CancelRenewalUseCase;
import io.vipgate.application.payment.port.in.CheckoutUseCase;
import io.vipgate.application.payment.port.in.ManagePlansUseCase;
import io.vipgate.application.payment.port.in.PreCheckoutUseCase;
import io.vipgate.application.payment.port.in.ReconcilePaymentsUseCase;
import io.vipgate.application.payment.port.in.RecordPaymentUseCase;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase;
import io.vipgate.application.payment.port.in.ShowPaymentStatsUseCase;
import io.vipgate.application.payment.port.out.PaymentNotices;
import io.vipgate.application.payment.port.out.StarPayments;
import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.bootstrap.config.StoreConfig;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.payment.PaymentUpdates;
import io.vipgate.telegram.payment.Store;
import io.vipgate.telegram.payment.StoreCommands;
import io.vipgate.telegram.payment.StoreObserver;
import io.vipgate.telegram.payment.StoreTexts;
import io.vipgate.telegram.payment.TelegramPayments;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** Builds selling with Telegram Stars: its use cases over the payment ports, its Telegram side, and the store. */
public class PaymentWiring {

    @Produces
    @Singleton
    StarPayments starPayments(BotApiClient client) {
        return TelegramPayments.starPayments(client);
    }

    @Produces
    @Singleton
    PaymentNotices paymentNotices(BotApiClient client, Texts texts, BotPolicy policy) {
        return TelegramPayments.notices(client, texts, policy.adminIds());
    }

    @Produces
    @Singleton
    ManagePlansUseCase managePlans(PaymentPorts ports, Clock clock) {
        return new ManagePlansService(ports.plans(), clock);
    }

    @Produces
    @Singleton
    CheckoutUseCase checkout(PaymentPorts ports, SecureRandom random, Clock clock) {
        return new CheckoutService(ports.plans(), ports.orders(), random, clock);
    }

    @Produces
    @Singleton
    PreCheckoutUseCase preCheckout(PaymentPorts ports, Clock clock) {
        return new PreCheckoutService(ports.orders(), ports.plans(), clock);
    }

    /** The link after a payment comes from the gate's own use case, so its rules on links apply to payments too. */
    @Produces
    @Singleton
    RecordPaymentUseCase recordPayment(
            PaymentPorts ports, IssueInviteLinkUseCase links, BotPolicy policy, Clock clock) {
        return new RecordPaymentService(ports.orders(), ports.plans(), ports.ledger(), links, policy, clock);
    }

    @Produces
    @Singleton
    CancelRenewalUseCase cancelRenewal(PaymentPorts ports, StarPayments stars, Clock clock) {
        return new CancelRenewalService(ports.ledger(), stars, clock);
    }

    @Produces
    @Singleton
    RefundPaymentUseCase refundPayment(
            PaymentPorts ports, StarPayments stars, VipRemovals removals, BotPolicy policy, Clock clock) {
        return new RefundPaymentService(ports.ledger(), stars, removals, policy, clock);
    }

    @Produces
    @Singleton
    ShowPaymentStatsUseCase paymentStats(PaymentPorts ports, Clock clock) {
        return new ShowPaymentStatsService(ports.ledger(), clock);
    }

    @Produces
    @Singleton
    ReconcilePaymentsUseCase reconcilePayments(
            PaymentPorts ports,
            StarPayments stars,
            RecordPaymentUseCase payments,
            PaymentNotices notices,
            StoreConfig config,
            Clock clock) {
        return new ReconcilePaymentsService(
                stars, ports.cursor(), ports.ledger(), payments, notices, config.reconcileGrace(), clock);
    }

    @Produces
    @Singleton
    StoreCommands storeCommands(
            ManagePlansUseCase plans,
            CheckoutUseCase checkout,
            CancelRenewalUseCase cancellation,
            RefundPaymentUseCase refunds,
            BotApiClient client,
            StoreConfig config,
            StoreObserver observer) {
        return new StoreCommands(
                plans,
                checkout,
                cancellation,
                refunds,
                client,
                new StoreTexts(config.supportText(), config.termsText(), config.privacyText()),
                observer);
    }

    @Produces
    @Singleton
    PaymentUpdates paymentUpdates(
            PreCheckoutUseCase preCheckout,
            RecordPaymentUseCase payments,
            RefundPaymentUseCase refunds,
            StoreObserver observer) {
        return new PaymentUpdates(preCheckout, payments, refunds, observer);
    }

    @Produces
    @Singleton
    Store store(
            StoreCommands commands,
            PaymentUpdates updates,
            ManagePlansUseCase plans,
            CheckStatusUseCase vipStatus,
            ShowPaymentStatsUseCase stats,
            BotApiClient client) {
        return new Store(commands, updates, plans, vipStatus, stats, client);
    }
}
