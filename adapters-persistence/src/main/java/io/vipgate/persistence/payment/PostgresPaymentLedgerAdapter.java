package io.vipgate.persistence.payment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PaymentTotals;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Payment;
import io.vipgate.domain.payment.PaymentGrant;
import io.vipgate.domain.payment.PaymentKind;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.persistence.subscription.SubscriptionMappers;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Payments in PostgreSQL. Recording one takes the buyer's row lock (as every subscription change does), works out
 * the grant, then inserts the payment with {@code ON CONFLICT (charge_id) DO NOTHING}: only the transaction whose
 * insert wins writes the subscription, so any number of concurrent deliveries of one charge grant it once.
 */
@ApplicationScoped
@Typed(PostgresPaymentLedgerAdapter.class)
public class PostgresPaymentLedgerAdapter implements PaymentLedger {

    private static final String INSERT = """
            INSERT INTO payment (charge_id, user_id, plan_id, order_id, amount, kind, state, paid_at, period_end,
                                 granted_seconds)
            VALUES (?1, ?2, ?3, (SELECT id FROM purchase_order WHERE id = ?4), ?5, ?6, 'PAID', ?7, ?8, ?9)
            ON CONFLICT (charge_id) DO NOTHING
            """;
    private static final String TOTALS = """
            SELECT
              (SELECT coalesce(sum(amount), 0) FROM payment WHERE state = 'PAID' AND paid_at >= ?1),
              (SELECT coalesce(sum(amount), 0) FROM payment WHERE state = 'PAID'),
              (SELECT count(DISTINCT user_id) FROM payment WHERE state = 'PAID'),
              (SELECT count(DISTINCT user_id) FROM payment WHERE state = 'PAID' AND kind <> 'ONE_TIME'
                 AND period_end > ?2 AND renewal_canceled_at IS NULL),
              (SELECT count(*) FROM payment WHERE state = 'REFUNDED')
            """;

    private final PaymentPanacheRepository payments;
    private final PaidSubscriptionWrites writes;
    private final ReactiveWork work;

    PostgresPaymentLedgerAdapter(PaymentPanacheRepository payments, PaidSubscriptionWrites writes, ReactiveWork work) {
        this.payments = payments;
        this.writes = writes;
        this.work = work;
    }

    @Override
    public CompletionStage<Optional<Subscription>> record(
            IncomingPayment payment, Plan plan, Instant now, ReminderSchedule reminders) {
        PaymentKind kind = payment.kind(plan.term());
        ChangeKind change = kind == PaymentKind.RENEWAL ? ChangeKind.RENEWED : ChangeKind.PURCHASED;
        return work.run(() -> Panache.withTransaction(() -> UserRows.lock(payment.userId())
                .chain(ignored -> writes.current(payment.userId()))
                .chain(current -> {
                    PaymentGrant.Granted granted = PaymentGrant.grant(
                            current.map(SubscriptionMappers::subscription),
                            plan.term(),
                            payment.periodEnd(),
                            now,
                            reminders,
                            payment.userId());
                    Instant periodEnd = plan.monthly()
                            ? payment.periodEnd().orElse(granted.after().expiresAt())
                            : null;
                    return NativeSql.update(
                                    INSERT,
                                    payment.chargeId(),
                                    payment.userId(),
                                    plan.id(),
                                    payment.payload(),
                                    payment.amount(),
                                    kind.name(),
                                    now,
                                    periodEnd,
                                    granted.added().toSeconds())
                            .chain(inserted -> inserted == 0
                                    ? Uni.createFrom().item(Optional.<Subscription>empty())
                                    : writes.write(current, granted.after(), now, change, Optional.empty())
                                            .call(() -> NativeSql.update(
                                                    "UPDATE purchase_order SET paid_at = ?2 "
                                                            + "WHERE id = ?1 AND paid_at IS NULL",
                                                    payment.payload(),
                                                    now))
                                            .map(Optional::of));
                })));
    }

    @Override
    public CompletionStage<Optional<Payment>> findPayment(String chargeId) {
        return work.run(() -> Panache.withSession(() -> payments.find("chargeId", chargeId)
                .firstResult()
                .map(row -> Optional.ofNullable(row).map(PaymentMappers::payment))));
    }

    @Override
    public CompletionStage<Optional<Refunded>> refund(
            String chargeId, Optional<Long> adminId, Instant now, ReminderSchedule reminders) {
        return work.run(() -> Panache.withTransaction(() -> payments.find("chargeId", chargeId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .chain(row -> row == null || !"PAID".equals(row.state)
                        ? Uni.createFrom().item(Optional.<Refunded>empty())
                        : takeBack(row, adminId, now, reminders).map(Optional::of))));
    }

    private Uni<Refunded> takeBack(PaymentEntity row, Optional<Long> adminId, Instant now, ReminderSchedule reminders) {
        row.state = "REFUNDED";
        row.refundedAt = now;
        row.refundedBy = adminId.orElse(null);
        Payment payment = PaymentMappers.payment(row);
        return UserRows.lock(row.userId)
                .chain(ignored -> writes.current(row.userId))
                .chain(current -> {
                    if (current.isEmpty()) {
                        return Uni.createFrom().item(new Refunded(payment, Optional.empty()));
                    }
                    Subscription before = SubscriptionMappers.subscription(current.get());
                    Subscription after = PaymentGrant.takeBack(before, payment.granted(), now, reminders);
                    if (after.equals(before)) {
                        return Uni.createFrom().item(new Refunded(payment, Optional.of(after)));
                    }
                    return writes.write(current, after, now, ChangeKind.REFUNDED, adminId)
                            .map(written -> new Refunded(payment, Optional.of(written)));
                });
    }

    @Override
    public CompletionStage<Optional<Payment>> latestMonthly(long userId) {
        return work.run(() -> Panache.withSession(() -> payments.find(
                        "userId = ?1 and kind <> 'ONE_TIME' and state = 'PAID' order by paidAt desc, id desc", userId)
                .firstResult()
                .map(row -> Optional.ofNullable(row).map(PaymentMappers::payment))));
    }

    @Override
    public CompletionStage<Void> markCanceled(String chargeId, Instant now) {
        return work.run(() -> Panache.withTransaction(() -> payments.update(
                        "renewalCanceledAt = ?2 where chargeId = ?1 and renewalCanceledAt is null", chargeId, now)
                .replaceWithVoid()));
    }

    @Override
    public CompletionStage<PaymentTotals> totals(Instant monthStart, Instant now) {
        return work.run(() -> Panache.withSession(() -> NativeSql.list(Object[].class, TOTALS, monthStart, now)
                .map(rows -> {
                    Object[] row = rows.getFirst();
                    return new PaymentTotals(
                            NativeSql.number(row[0]),
                            NativeSql.number(row[1]),
                            NativeSql.number(row[2]),
                            NativeSql.number(row[3]),
                            NativeSql.number(row[4]));
                })));
    }
}
