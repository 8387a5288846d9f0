package io.vipgate.persistence.payment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.application.payment.port.out.PlanSales;
import io.vipgate.application.payment.port.out.ReconciliationCursor;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.PurchaseOrder;
import io.vipgate.domain.payment.Stars;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** Plans, the orders their buttons open, and the reconciliation cursor, in PostgreSQL. */
@ApplicationScoped
@Typed(PostgresPlanAdapter.class)
public class PostgresPlanAdapter implements PlanRepository, OrderBook, ReconciliationCursor {

    /** Telegram shows at most 100 inline buttons; a shop with more plans than this lists the oldest. */
    static final int MAX_LISTED = 50;

    private final PlanPanacheRepository plans;
    private final PurchaseOrderPanacheRepository orders;
    private final ReactiveWork work;

    PostgresPlanAdapter(PlanPanacheRepository plans, PurchaseOrderPanacheRepository orders, ReactiveWork work) {
        this.plans = plans;
        this.orders = orders;
        this.work = work;
    }

    @Override
    public CompletionStage<Plan> create(String title, Stars price, PlanTerm term, long adminId, Instant now) {
        PlanEntity row = new PlanEntity();
        row.title = Plan.checkedTitle(title);
        row.priceStars = price.amount();
        PaymentMappers.copy(term, row);
        row.onSale = true;
        row.createdBy = adminId;
        row.createdAt = now;
        return work.run(() -> Panache.withTransaction(() -> plans.persist(row).map(PaymentMappers::plan)));
    }

    @Override
    public CompletionStage<Optional<Plan>> find(long planId) {
        return work.run(() -> Panache.withSession(
                () -> plans.findById(planId).map(row -> Optional.ofNullable(row).map(PaymentMappers::plan))));
    }

    @Override
    public CompletionStage<List<PlanSales>> onSale() {
        return work.run(() -> Panache.withSession(() -> plans.find("onSale = true order by id")
                .page(0, MAX_LISTED)
                .list()
                .chain(rows -> sales().map(sold -> rows.stream()
                        .map(row -> new PlanSales(PaymentMappers.plan(row), sold.getOrDefault(row.id, 0L)))
                        .toList()))));
    }

    private static Uni<Map<Long, Long>> sales() {
        return NativeSql.list(
                        Object[].class, "SELECT plan_id, count(*) FROM payment WHERE state = 'PAID' GROUP BY plan_id")
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(row -> NativeSql.number(row[0]), row -> NativeSql.number(row[1]))));
    }

    @Override
    public CompletionStage<Boolean> retire(long planId, Instant now) {
        return work.run(() -> Panache.withTransaction(
                () -> plans.update("onSale = false, retiredAt = ?2 where id = ?1 and onSale = true", planId, now)
                        .map(updated -> updated == 1)));
    }

    @Override
    public CompletionStage<Void> open(PurchaseOrder order) {
        return work.run(() -> Panache.withTransaction(() -> UserRows.ensure(order.userId())
                .chain(ignored -> orders.persist(PaymentMappers.orderRow(order)))
                .replaceWithVoid()));
    }

    @Override
    public CompletionStage<Optional<PurchaseOrder>> find(String orderId) {
        return work.run(() -> Panache.withSession(() ->
                orders.findById(orderId).map(row -> Optional.ofNullable(row).map(PaymentMappers::order))));
    }

    @Override
    public CompletionStage<Integer> scanned() {
        return work.run(() -> Panache.withSession(
                () -> NativeSql.list(Integer.class, "SELECT scanned FROM star_reconciliation WHERE id = 1")
                        .map(List::getFirst)));
    }

    @Override
    public CompletionStage<Void> advanceTo(int scanned) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.update(
                        "UPDATE star_reconciliation SET scanned = greatest(scanned, ?1), updated_at = now() WHERE id = 1",
                        scanned)
                .replaceWithVoid()));
    }
}
