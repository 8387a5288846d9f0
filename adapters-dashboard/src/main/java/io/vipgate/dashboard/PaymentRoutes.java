package io.vipgate.dashboard;

import io.vertx.ext.web.RoutingContext;
import io.vipgate.application.dashboard.port.in.ListPaymentsUseCase;
import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase.RefundOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Stars payments, newest first, and refunding one (confirmed), as {@code /refund} does. */
@ApplicationScoped
public class PaymentRoutes {

    private final ListPaymentsUseCase payments;
    private final RefundPaymentUseCase refund;
    private final Views views;

    PaymentRoutes(ListPaymentsUseCase payments, RefundPaymentUseCase refund, Views views) {
        this.payments = payments;
        this.refund = refund;
        this.views = views;
    }

    void list(RoutingContext context, SignedIn admin) {
        Guard.then(
                context,
                payments.page(Http.page(context)),
                page -> views.page(
                        context,
                        200,
                        "payments",
                        "payments",
                        admin,
                        Map.of("p", page, "done", Http.query(context, "done"))));
    }

    void refund(RoutingContext context, SignedIn admin) {
        String charge = Http.form(context, "charge");
        if (charge.isEmpty()) {
            views.error(context, 400, "Which payment? Its charge id is missing.");
        } else if (!Confirmation.given(context)) {
            Confirmation.ask(
                    views,
                    context,
                    admin,
                    "payments",
                    "Refund payment " + charge + "? The Stars go back "
                            + "to the user and the time it bought is taken back.",
                    "/admin/payments",
                    Map.of("charge", charge));
        } else {
            Guard.then(context, refund.refund(admin.adminId(), charge), outcome -> {
                String done = switch (outcome) {
                    case RefundOutcome.Refunded refunded -> "refunded";
                    case RefundOutcome.UnknownCharge unknown -> "unknown";
                    case RefundOutcome.AlreadyRefunded already -> "already";
                };
                Guard.audit(admin, "refund", "charge_id=" + charge + " outcome=" + done);
                Http.seeOther(context, "/admin/payments?done=" + done);
            });
        }
    }
}
