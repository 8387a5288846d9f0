package io.vipgate.application.payment.port.out;

import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.Stars;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The plans an admin created, on sale or retired. */
public interface PlanRepository {

    CompletionStage<Plan> create(String title, Stars price, PlanTerm term, long adminId, Instant now);

    CompletionStage<Optional<Plan>> find(long planId);

    /** Plans on sale, oldest first, each with how many payments it has had (refunds excluded). */
    CompletionStage<List<PlanSales>> onSale();

    /** Stops selling {@code planId}; false when it was not on sale (retired before, or unknown). */
    CompletionStage<Boolean> retire(long planId, Instant now);
}
