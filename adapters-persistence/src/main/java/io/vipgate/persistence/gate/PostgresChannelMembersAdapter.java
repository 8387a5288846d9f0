package io.vipgate.persistence.gate;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.gate.port.out.ChannelMembers;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The {@code vip_channel_member} table, and the gate's TURNED_AWAY lines in {@code subscription_history}. */
@ApplicationScoped
@Typed(PostgresChannelMembersAdapter.class)
public class PostgresChannelMembersAdapter implements ChannelMembers {

    /** Updates arrive out of order across replicas and retries: an older sighting never overwrites a newer one. */
    private static final String SEEN = """
            INSERT INTO vip_channel_member (user_id, status, seen_at) VALUES (?1, ?2, ?3)
            ON CONFLICT (user_id) DO UPDATE SET status = EXCLUDED.status, seen_at = EXCLUDED.seen_at
            WHERE vip_channel_member.seen_at <= EXCLUDED.seen_at
            """;
    /** The line's expiry is the subscription's if there is one, else the moment itself (the column is required). */
    private static final String TURNED_AWAY_LINE = """
            INSERT INTO subscription_history (user_id, kind, at, previous_expires_at, new_expires_at)
            SELECT ?1, 'TURNED_AWAY', ?2, s.expires_at, coalesce(s.expires_at, ?2)
            FROM (SELECT 1) one LEFT JOIN subscription s ON s.user_id = ?1
            """;

    private static final String INSIDE_WITHOUT_RIGHT = """
            SELECT m.user_id FROM vip_channel_member m
            WHERE m.status IN ('MEMBER', 'RESTRICTED')
              AND (m.checked_at IS NULL OR m.checked_at <= ?2)
              AND NOT EXISTS (SELECT 1 FROM subscription s
                              WHERE s.user_id = m.user_id AND s.status = 'ACTIVE' AND s.expires_at > ?1)
            ORDER BY m.checked_at NULLS FIRST, m.user_id
            LIMIT ?3
            """;
    private static final String CHECKED = "UPDATE vip_channel_member SET checked_at = ?2 WHERE user_id = ?1";
    private static final String COUNT_INSIDE =
            "SELECT count(*) FROM vip_channel_member WHERE status IN ('MEMBER', 'RESTRICTED')";
    private static final String COUNT_TURNED_AWAY =
            "SELECT count(*) FROM subscription_history WHERE kind = 'TURNED_AWAY'";

    private final ReactiveWork work;

    PostgresChannelMembersAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<Void> seen(long userId, MemberStatus status, Instant at) {
        return work.run(() -> Panache.withTransaction(() -> UserRows.ensure(userId)
                .chain(ensured -> NativeSql.update(SEEN, userId, status.name(), at))
                .replaceWithVoid()));
    }

    @Override
    public CompletionStage<Void> turnedAway(long userId, Instant at) {
        return work.run(() -> Panache.withTransaction(() -> UserRows.ensure(userId)
                .chain(ensured -> NativeSql.update(SEEN, userId, MemberStatus.LEFT.name(), at))
                .chain(seen -> NativeSql.update(TURNED_AWAY_LINE, userId, at))
                .replaceWithVoid()));
    }

    @Override
    public CompletionStage<List<Long>> insideWithoutRight(Instant now, Instant checkedBefore, int limit) {
        return work.run(() ->
                Panache.withSession(() -> NativeSql.list(Object.class, INSIDE_WITHOUT_RIGHT, now, checkedBefore, limit)
                        .map(rows -> rows.stream().map(NativeSql::number).toList())));
    }

    @Override
    public CompletionStage<Void> checked(long userId, Instant at) {
        return work.run(() -> Panache.withTransaction(
                () -> NativeSql.update(CHECKED, userId, at).replaceWithVoid()));
    }

    @Override
    public CompletionStage<Long> countInside() {
        return count(COUNT_INSIDE);
    }

    @Override
    public CompletionStage<Long> countTurnedAway() {
        return count(COUNT_TURNED_AWAY);
    }

    private CompletionStage<Long> count(String sql) {
        return work.run(() -> Panache.withSession(
                () -> NativeSql.list(Object.class, sql).map(rows -> NativeSql.number(rows.getFirst()))));
    }
}
