package io.vipgate.persistence.support;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Native statements on the current session with positional parameters ({@code ?1, ?2, ...}), always bound. */
public final class NativeSql {

    private NativeSql() {}

    public static Uni<Integer> update(String sql, Object... parameters) {
        return Panache.getSession()
                .chain(session ->
                        bind(session.createNativeQuery(sql), parameters).executeUpdate());
    }

    /** The rows of a query, or of a statement with {@code RETURNING}, as {@code type} (one column) or {@code Object[]}. */
    public static <T> Uni<List<T>> list(Class<T> type, String sql, Object... parameters) {
        return Panache.getSession()
                .chain(session ->
                        bind(session.createNativeQuery(sql, type), parameters).getResultList());
    }

    private static <Q extends Mutiny.AbstractQuery> Q bind(Q query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** A numeric column as a long, whichever integer type the driver chose for it. */
    public static long number(Object value) {
        return ((Number) value).longValue();
    }
}
