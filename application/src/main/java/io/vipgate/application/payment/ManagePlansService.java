package io.vipgate.application.payment;

import io.vipgate.application.payment.port.in.ManagePlansUseCase;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.application.payment.port.out.PlanSales;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.Stars;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Creates and retires plans; a retired plan sells no more, and what was bought with it stays. */
public final class ManagePlansService implements ManagePlansUseCase {

    private final PlanRepository plans;
    private final Clock clock;

    public ManagePlansService(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Plan> create(long adminId, String title, Stars price, PlanTerm term) {
        return plans.create(Plan.checkedTitle(title), price, term, adminId, clock.instant());
    }

    @Override
    public CompletionStage<Boolean> retire(long adminId, long planId) {
        return plans.retire(planId, clock.instant());
    }

    @Override
    public CompletionStage<List<PlanSales>> onSale() {
        return plans.onSale();
    }
}
