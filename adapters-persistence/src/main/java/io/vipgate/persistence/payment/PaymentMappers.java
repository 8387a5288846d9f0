package io.vipgate.persistence.payment;

import io.vipgate.domain.payment.Payment;
import io.vipgate.domain.payment.PaymentKind;
import io.vipgate.domain.payment.PaymentState;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.PurchaseOrder;
import io.vipgate.domain.payment.Stars;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.util.Optional;

/** Plans, orders and payments between their rows and the domain. */
final class PaymentMappers {

    private PaymentMappers() {}

    static Plan plan(PlanEntity row) {
        PlanTerm term = "MONTHLY".equals(row.kind)
                ? new PlanTerm.Monthly()
                : new PlanTerm.OneTime(VipDuration.ofMinutes(row.durationMinutes));
        return new Plan(row.id, row.title, new Stars(row.priceStars), term, row.onSale);
    }

    static void copy(PlanTerm term, PlanEntity to) {
        switch (term) {
            case PlanTerm.Monthly monthly -> {
                to.kind = "MONTHLY";
                to.durationMinutes = null;
            }
            case PlanTerm.OneTime once -> {
                to.kind = "ONE_TIME";
                to.durationMinutes = Math.toIntExact(once.duration().toMinutes());
            }
        }
    }

    static PurchaseOrder order(PurchaseOrderEntity row) {
        return new PurchaseOrder(row.id, row.userId, row.planId, row.amount, row.openedAt, row.paidAt != null);
    }

    static PurchaseOrderEntity orderRow(PurchaseOrder order) {
        PurchaseOrderEntity row = new PurchaseOrderEntity();
        row.id = order.id();
        row.userId = order.userId();
        row.planId = order.planId();
        row.amount = order.amount();
        row.openedAt = order.openedAt();
        return row;
    }

    static Payment payment(PaymentEntity row) {
        return new Payment(
                row.chargeId,
                row.userId,
                row.planId,
                row.amount,
                PaymentKind.valueOf(row.kind),
                PaymentState.valueOf(row.state),
                row.paidAt,
                Optional.ofNullable(row.periodEnd),
                Duration.ofSeconds(row.grantedSeconds),
                Optional.ofNullable(row.refundedAt));
    }
}
