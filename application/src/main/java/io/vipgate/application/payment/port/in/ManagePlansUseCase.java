package io.vipgate.application.payment.port.in;

import io.vipgate.application.payment.port.out.PlanSales;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.Stars;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** {@code /newplan}, {@code /endplan} and the list behind {@code /plans}. */
public interface ManagePlansUseCase {

    CompletionStage<Plan> create(long adminId, String title, Stars price, PlanTerm term);

    /** True when the plan was on sale and now is not. */
    CompletionStage<Boolean> retire(long adminId, long planId);

    CompletionStage<List<PlanSales>> onSale();

    /**
     * Whether any plan is on sale, for the hint under {@code /start} and {@code /status}: cheap enough to ask on
     * every update, and up to {@link ManagePlansService#ON_SALE_MEMORY} late about another replica's change.
     */
    CompletionStage<Boolean> anyOnSale();
}
