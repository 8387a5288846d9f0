package io.vipgate.persistence.dashboard;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.dashboard.port.in.Overview;
import io.vipgate.application.dashboard.port.out.DashboardFigures;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The overview in two round trips: the counts, then the days that had anything (the others are zeros). A join is a
 * history line that began a period (not one that stacked time on a live one); an intruder removed is TURNED_AWAY.
 */
@ApplicationScoped
@Typed(PostgresDashboardFiguresAdapter.class)
public class PostgresDashboardFiguresAdapter implements DashboardFigures {

    private static final String COUNTS = """
            SELECT
              (SELECT count(*) FROM subscription WHERE status = 'ACTIVE' AND expires_at > ?1),
              (SELECT count(*) FROM subscription WHERE status = 'ACTIVE' AND expires_at > ?1 AND expires_at <= ?2),
              (SELECT count(DISTINCT user_id) FROM subscription_history
                WHERE kind IN ('EXPIRED', 'REVOKED', 'REFUNDED') AND at > ?3 AND at <= ?1),
              (SELECT coalesce(sum(amount), 0) FROM (
                 SELECT DISTINCT ON (user_id) amount, state, period_end, renewal_canceled_at FROM payment
                 WHERE kind IN ('MONTHLY', 'RENEWAL') ORDER BY user_id, paid_at DESC) latest
                WHERE state = 'PAID' AND renewal_canceled_at IS NULL AND period_end > ?1)
            """;
    private static final String DAYS = """
            SELECT to_char(day, 'YYYY-MM-DD'), sum(joins), sum(expiries), sum(intruders), sum(stars) FROM (
              SELECT (at AT TIME ZONE 'UTC')::date AS day,
                     count(*) FILTER (WHERE kind IN ('REDEEMED', 'EXTENDED', 'PURCHASED')
                                      AND (previous_expires_at IS NULL OR previous_expires_at <= at)) AS joins,
                     count(*) FILTER (WHERE kind = 'EXPIRED') AS expiries,
                     count(*) FILTER (WHERE kind = 'TURNED_AWAY') AS intruders,
                     0 AS stars
              FROM subscription_history WHERE at >= ?1 AND at < ?2 GROUP BY 1
              UNION ALL
              SELECT (paid_at AT TIME ZONE 'UTC')::date, 0, 0, 0, sum(amount)
              FROM payment WHERE state = 'PAID' AND paid_at >= ?1 AND paid_at < ?2 GROUP BY 1
            ) per_source GROUP BY day
            """;

    private final ReactiveWork work;

    PostgresDashboardFiguresAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<Overview> overview(Instant now, int days) {
        LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = last.minusDays(days - 1L);
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return work.run(() -> Panache.withSession(() -> NativeSql.list(
                        Object[].class, COUNTS, now, now.plus(Duration.ofDays(7)), now.minus(Duration.ofDays(30)))
                .chain(counts -> series(first, days, from, to).map(series -> {
                    Object[] row = counts.getFirst();
                    return new Overview(
                            NativeSql.number(row[0]),
                            NativeSql.number(row[1]),
                            NativeSql.number(row[2]),
                            NativeSql.number(row[3]),
                            series);
                }))));
    }

    private static Uni<List<Overview.Day>> series(LocalDate first, int days, Instant from, Instant to) {
        return NativeSql.list(Object[].class, DAYS, from, to).map(rows -> {
            Map<LocalDate, Overview.Day> found = new HashMap<>();
            for (Object[] row : rows) {
                LocalDate date = LocalDate.parse((String) row[0]);
                found.put(
                        date,
                        new Overview.Day(
                                date,
                                NativeSql.number(row[1]),
                                NativeSql.number(row[2]),
                                NativeSql.number(row[3]),
                                NativeSql.number(row[4])));
            }
            List<Overview.Day> series = new ArrayList<>(days);
            for (int i = 0; i < days; i++) {
                LocalDate date = first.plusDays(i);
                series.add(found.getOrDefault(date, new Overview.Day(date, 0, 0, 0, 0)));
            }
            return series;
        });
    }
}
