package io.vipgate.application.payment;

import io.vipgate.application.payment.port.in.ManagePlansUseCase;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.application.payment.port.out.PlanSales;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.Stars;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates and retires plans; a retired plan sells no more, and what was bought with it stays. Whether anything is on
 * sale is remembered for a while: asked on every {@code /status}, the list and its sales cost a query each (JFR: a
 * quarter of the CPU of an update), and plans change a few times a year.
 */
public final class ManagePlansService implements ManagePlansUseCase {

    public static final Duration ON_SALE_MEMORY = Duration.ofSeconds(30);

    private record Remembered(CompletableFuture<Boolean> anyOnSale, Instant askedAt) {}

    private final PlanRepository plans;
    private final Clock clock;
    private final AtomicReference<Remembered> remembered = new AtomicReference<>();

    public ManagePlansService(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Plan> create(long adminId, String title, Stars price, PlanTerm term) {
        return plans.create(Plan.checkedTitle(title), price, term, adminId, clock.instant())
                .whenComplete((created, failure) -> remembered.set(null));
    }

    @Override
    public CompletionStage<Boolean> retire(long adminId, long planId) {
        return plans.retire(planId, clock.instant()).whenComplete((retired, failure) -> remembered.set(null));
    }

    @Override
    public CompletionStage<List<PlanSales>> onSale() {
        return plans.onSale();
    }

    /** One question to the database at a time; a failed answer is not remembered. */
    @Override
    public CompletionStage<Boolean> anyOnSale() {
        Instant now = clock.instant();
        Remembered current = remembered.get();
        if (current != null && now.isBefore(current.askedAt().plus(ON_SALE_MEMORY))) {
            return current.anyOnSale();
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Remembered asking = new Remembered(answer, now);
        if (!remembered.compareAndSet(current, asking)) {
            return anyOnSale();
        }
        plans.onSale().whenComplete((onSale, failure) -> {
            if (failure != null) {
                remembered.compareAndSet(asking, null);
                answer.completeExceptionally(failure);
            } else {
                answer.complete(!onSale.isEmpty());
            }
        });
        return answer;
    }
}
