package io.vipgate.persistence.subscription;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.subscription.port.in.SubscriberEntry;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserEntity;
import io.vipgate.persistence.user.UserMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads of subscriptions and their history in PostgreSQL. */
@ApplicationScoped
@Typed(PostgresSubscriptionRepositoryAdapter.class)
public class PostgresSubscriptionRepositoryAdapter implements SubscriptionRepository {

    private static final String ACTIVE = "s.status = 'ACTIVE' and s.expiresAt > ?1";
    private static final String ACTIVE_UNQUALIFIED = "status = 'ACTIVE' and expiresAt > ?1";

    private final SubscriptionPanacheRepository subscriptions;
    private final ReactiveWork work;

    PostgresSubscriptionRepositoryAdapter(SubscriptionPanacheRepository subscriptions, ReactiveWork work) {
        this.subscriptions = subscriptions;
        this.work = work;
    }

    @Override
    public CompletionStage<Optional<Subscription>> find(long userId) {
        return work.run(() -> Panache.withSession(() -> subscriptions
                .findById(userId)
                .map(row -> Optional.ofNullable(row).map(SubscriptionMappers::subscription))));
    }

    @Override
    public CompletionStage<List<SubscriberEntry>> active(Instant now, int offset, int limit) {
        return work.run(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s, u from SubscriptionEntity s join UserEntity u on u.id = s.userId" + " where "
                                        + ACTIVE + " order by s.expiresAt, s.userId",
                                Object[].class)
                        .setParameter(1, now)
                        .setFirstResult(offset)
                        .setMaxResults(limit)
                        .getResultList()
                        .map(rows -> rows.stream()
                                .map(row -> new SubscriberEntry(
                                        UserMappers.user((UserEntity) row[1]),
                                        SubscriptionMappers.subscription((SubscriptionEntity) row[0])))
                                .toList()))));
    }

    @Override
    public CompletionStage<Long> countActive(Instant now) {
        return work.run(() -> Panache.withSession(() -> subscriptions.count(ACTIVE_UNQUALIFIED, now)));
    }

    @Override
    public CompletionStage<List<SubscriptionChange>> history(long userId) {
        return work.run(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select h, t.prefix from HistoryEntity h left join TokenEntity t on t.id = h.tokenId"
                                        + " where h.userId = ?1 order by h.at, h.id",
                                Object[].class)
                        .setParameter(1, userId)
                        .getResultList()
                        .map(rows -> rows.stream()
                                .map(row -> SubscriptionMappers.change((HistoryEntity) row[0], (String) row[1]))
                                .toList()))));
    }
}
