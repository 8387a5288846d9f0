package io.vipgate.persistence.subscription;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.dashboard.port.in.SubscriberHistory;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import io.vipgate.application.dashboard.port.out.SubscriberDirectory;
import io.vipgate.persistence.support.Instants;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Users with their subscriptions, for the dashboard. Without a query only users who ever had a subscription are
 * listed; an id or a username finds any user the bot knows, so that an admin can give time to someone new.
 */
@ApplicationScoped
@Typed(PostgresSubscriberDirectoryAdapter.class)
public class PostgresSubscriberDirectoryAdapter implements SubscriberDirectory {

    private static final int HISTORY_LINES = 200;
    private static final String COLUMNS = "u.id, u.first_name, u.last_name, u.username, s.status, s.expires_at";
    private static final String FROM = " FROM app_user u LEFT JOIN subscription s ON s.user_id = u.id ";
    private static final String ORDER = " ORDER BY s.expires_at DESC NULLS LAST, u.id";
    private static final String HISTORY = """
            SELECT at, kind, actor_id, previous_expires_at, new_expires_at FROM subscription_history
            WHERE user_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2
            """;

    private final ReactiveWork work;

    PostgresSubscriberDirectoryAdapter(ReactiveWork work) {
        this.work = work;
    }

    /** The WHERE clause of a search, and its one parameter (none for everyone). */
    private record Filter(String where, Optional<Object> parameter) {

        static Filter of(Long userId, String username) {
            if (userId != null) {
                return new Filter("WHERE u.id = ?1", Optional.of(userId));
            }
            if (username != null) {
                String pattern =
                        username.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                return new Filter("WHERE lower(u.username) LIKE ?1", Optional.of(pattern));
            }
            return new Filter("WHERE s.user_id IS NOT NULL", Optional.empty());
        }

        Object[] with(Object... more) {
            return parameter.map(p -> prepend(p, more)).orElse(more);
        }

        String next(int position) {
            return "?" + (parameter.isPresent() ? position + 1 : position);
        }

        private static Object[] prepend(Object first, Object[] rest) {
            Object[] all = new Object[rest.length + 1];
            all[0] = first;
            System.arraycopy(rest, 0, all, 1, rest.length);
            return all;
        }
    }

    @Override
    public CompletionStage<List<SubscriberRow>> search(Long userId, String username, int offset, int limit) {
        Filter filter = Filter.of(userId, username);
        String sql = "SELECT " + COLUMNS + FROM + filter.where() + ORDER + " OFFSET " + filter.next(1) + " LIMIT "
                + filter.next(2);
        return work.run(() -> Panache.withSession(() -> NativeSql.list(Object[].class, sql, filter.with(offset, limit))
                .map(rows -> rows.stream()
                        .map(PostgresSubscriberDirectoryAdapter::row)
                        .toList())));
    }

    @Override
    public CompletionStage<Long> count(Long userId, String username) {
        Filter filter = Filter.of(userId, username);
        String sql = "SELECT count(*)" + FROM + filter.where();
        return work.run(() -> Panache.withSession(
                () -> NativeSql.list(Object.class, sql, filter.with()).map(rows -> NativeSql.number(rows.getFirst()))));
    }

    @Override
    public CompletionStage<SubscriberHistory> history(long userId) {
        return work.run(() -> Panache.withSession(() -> NativeSql.list(
                        Object[].class, "SELECT " + COLUMNS + FROM + "WHERE u.id = ?1", userId)
                .chain(found -> NativeSql.list(Object[].class, HISTORY, userId, HISTORY_LINES)
                        .map(lines -> new SubscriberHistory(
                                found.stream().findFirst().map(PostgresSubscriberDirectoryAdapter::row),
                                lines.stream()
                                        .map(PostgresSubscriberDirectoryAdapter::line)
                                        .toList())))));
    }

    @Override
    public CompletionStage<List<SubscriberRow>> after(long userId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM app_user u JOIN subscription s ON s.user_id = u.id"
                + " WHERE u.id > ?1 ORDER BY u.id LIMIT ?2";
        return work.run(() -> Panache.withSession(() -> NativeSql.list(Object[].class, sql, userId, limit)
                .map(rows -> rows.stream()
                        .map(PostgresSubscriberDirectoryAdapter::row)
                        .toList())));
    }

    private static SubscriberRow row(Object[] row) {
        String name = (row[1] + " " + (row[2] == null ? "" : row[2])).strip();
        return new SubscriberRow(
                NativeSql.number(row[0]),
                name,
                Optional.ofNullable((String) row[3]),
                Optional.ofNullable((String) row[4]),
                Instants.optional(row[5]));
    }

    private static SubscriberHistory.Line line(Object[] row) {
        return new SubscriberHistory.Line(
                Instants.of(row[0]),
                (String) row[1],
                Optional.ofNullable(row[2]).map(NativeSql::number),
                Instants.optional(row[3]),
                Instants.of(row[4]));
    }
}
