package io.vipgate.persistence.jobs;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.freechannel.port.out.DueJoinRequest;
import io.vipgate.application.freechannel.port.out.DueJoinRequests;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.persistence.freechannel.JoinRequestEntity;
import io.vipgate.persistence.freechannel.JoinRequestMappers;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserEntity;
import io.vipgate.persistence.user.UserMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Claims free-channel join requests whose wait is over, as {@link PostgresDueSubscriptionsAdapter} claims
 * subscriptions: {@code FOR UPDATE SKIP LOCKED} and a lease in one short transaction, completed by a conditional
 * UPDATE that only the lease holder's {@code claimed_by} matches.
 */
@ApplicationScoped
@Typed(PostgresDueJoinRequestsAdapter.class)
public class PostgresDueJoinRequestsAdapter implements DueJoinRequests {

    /** Served by the (status, requested_at) index. */
    private static final String CLAIM = """
            WITH due AS (
                SELECT user_id FROM free_join_request
                WHERE status = 'PENDING' AND requested_at <= ?1 AND (claimed_until IS NULL OR claimed_until <= ?2)
                ORDER BY requested_at, user_id
                LIMIT ?3
                FOR UPDATE SKIP LOCKED)
            UPDATE free_join_request r SET claimed_until = ?4, claimed_by = ?5
            FROM due WHERE r.user_id = due.user_id
            RETURNING r.user_id
            """;

    private static final String SETTLE = """
            UPDATE free_join_request SET status = ?3, claimed_until = NULL, claimed_by = NULL
            WHERE user_id = ?1 AND claimed_by = ?2 AND status = 'PENDING'
            """;

    private static final String RELEASE = """
            UPDATE free_join_request SET claimed_until = ?3 WHERE user_id = ?1 AND claimed_by = ?2
            """;

    private final ReactiveWork work;

    PostgresDueJoinRequestsAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<List<DueJoinRequest>> claimApprovable(
            Instant now, FreeChannelWait wait, int limit, Lease lease) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.list(
                        Long.class, CLAIM, now.minus(wait.value()), now, limit, lease.until(), lease.owner())
                .chain(PostgresDueJoinRequestsAdapter::load)));
    }

    @Override
    public CompletionStage<Boolean> settle(JoinRequest settled, Lease lease) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.update(
                        SETTLE,
                        settled.userId(),
                        lease.owner(),
                        settled.status().name())
                .map(updated -> updated == 1)));
    }

    @Override
    public CompletionStage<Void> release(long userId, Lease lease, Instant retryAt) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.update(RELEASE, userId, lease.owner(), retryAt))
                .replaceWithVoid());
    }

    private static Uni<List<DueJoinRequest>> load(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select r, u from JoinRequestEntity r join UserEntity u on u.id = r.userId"
                                        + " where r.userId in (:ids)",
                                Object[].class)
                        .setParameter("ids", userIds)
                        .getResultList()
                        .map(rows -> rows.stream()
                                .map(row -> new DueJoinRequest(
                                        JoinRequestMappers.joinRequest((JoinRequestEntity) row[0]),
                                        UserMappers.user((UserEntity) row[1])))
                                .sorted(Comparator.comparing((DueJoinRequest due) ->
                                                due.request().requestedAt())
                                        .thenComparing(DueJoinRequest::userId))
                                .toList()));
    }
}
