package io.vipgate.persistence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.dashboard.port.in.Overview;
import io.vipgate.application.dashboard.port.in.PaymentRow;
import io.vipgate.application.dashboard.port.in.SubscriberHistory;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.payment.PostgresPaymentRecordsAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriberDirectoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's reads over rows this test writes. Its instants are centuries ahead at a random day, so the
 * 90-day series holds only this test's rows; the global counts are measured as the difference the rows make.
 */
@QuarkusTest
class PostgresDashboardReadsTest {

    private final Instant now = Instant.parse("2400-01-01T12:00:00Z")
            .plus(Duration.ofDays(ThreadLocalRandom.current().nextLong(0, 2_000_000)));

    @Inject
    PostgresDashboardFiguresAdapter figures;

    @Inject
    PostgresSubscriberDirectoryAdapter directory;

    @Inject
    PostgresPaymentRecordsAdapter payments;

    @Inject
    DataSource database;

    private long user(String username, String status, Instant expiresAt) {
        long id = TestIds.user();
        Sql.update(database, "INSERT INTO app_user (id, first_name, username) VALUES (?, 'Ana', ?)", id, username);
        if (status != null) {
            Sql.update(
                    database,
                    "INSERT INTO subscription (user_id, status, period_started_at, expires_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    id,
                    status,
                    now.minus(Duration.ofDays(40)),
                    expiresAt,
                    now);
        }
        return id;
    }

    private void history(long user, String kind, Instant at, Instant previous, Instant next) {
        Sql.update(
                database,
                "INSERT INTO subscription_history (user_id, kind, at, actor_id, previous_expires_at,"
                        + " new_expires_at) VALUES (?, ?, ?, 1001, ?, ?)",
                user,
                kind,
                at,
                previous,
                next);
    }

    private long plan(String kind) {
        return Sql.one(
                database,
                Long.class,
                "INSERT INTO plan (title, price_stars, kind, duration_minutes, created_by,"
                        + " created_at) VALUES ('Gold', 250, ?, ?, 1001, ?) RETURNING id",
                kind,
                "ONE_TIME".equals(kind) ? 43200 : null,
                now);
    }

    private long payment(long user, long plan, String kind, int amount, Instant paidAt, Instant periodEnd) {
        return Sql.one(
                database,
                Long.class,
                "INSERT INTO payment (charge_id, user_id, plan_id, amount, kind, state,"
                        + " paid_at, period_end, granted_seconds) VALUES (?, ?, ?, ?, ?, 'PAID', ?, ?, 0) RETURNING id",
                UUID.randomUUID().toString(),
                user,
                plan,
                amount,
                kind,
                paidAt,
                periodEnd);
    }

    @Test
    void overview_countsActiveExpiringEndedAndRecurring_andFillsNinetyDays() {
        Overview before = Await.result(figures.overview(now, 90));
        long active = user("fig_a", "ACTIVE", now.plus(Duration.ofDays(3)));
        long later = user("fig_b", "ACTIVE", now.plus(Duration.ofDays(30)));
        long gone = user("fig_c", "EXPIRED", now.minus(Duration.ofDays(2)));
        Instant yesterday = now.minus(Duration.ofDays(1));
        history(active, "REDEEMED", yesterday, null, now.plus(Duration.ofDays(3)));
        history(later, "EXTENDED", yesterday, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        history(
                gone,
                "EXPIRED",
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(2)));
        history(gone, "TURNED_AWAY", yesterday, null, now.minus(Duration.ofDays(2)));
        payment(later, plan("MONTHLY"), "MONTHLY", 300, yesterday, now.plus(Duration.ofDays(29)));
        payment(active, plan("ONE_TIME"), "ONE_TIME", 250, yesterday, null);

        Overview after = Await.result(figures.overview(now, 90));

        assertThat(after.activeSubscribers() - before.activeSubscribers()).isEqualTo(2);
        assertThat(after.expiringWithinWeek() - before.expiringWithinWeek()).isEqualTo(1);
        assertThat(after.endedLast30Days() - before.endedLast30Days()).isEqualTo(1);
        assertThat(after.monthlyRecurringStars() - before.monthlyRecurringStars())
                .isEqualTo(300);
        assertThat(after.days()).hasSize(90);
        assertThat(after.days().getLast().date()).isEqualTo(LocalDate.ofInstant(now, ZoneOffset.UTC));
        LocalDate day = LocalDate.ofInstant(yesterday, ZoneOffset.UTC);
        assertThat(after.days())
                .filteredOn(d -> d.date().equals(day))
                .singleElement()
                .isEqualTo(new Overview.Day(day, 1, 0, 1, 550));
        assertThat(after.days())
                .filteredOn(d -> d.date().equals(day.minusDays(1)))
                .singleElement()
                .extracting(Overview.Day::expiries)
                .isEqualTo(1L);
    }

    @Test
    void search_findsById_orByUsernamePrefix_caseAndAtSignAside_andLikeCharactersLiterally() {
        String tag = "z" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        long ana = user(tag + "_ana", "ACTIVE", now);
        long anabel = user(tag + "_anabel", null, null);
        user(tag + "xana", null, null);

        assertThat(Await.result(directory.search(ana, null, 0, 10)))
                .extracting(SubscriberRow::userId)
                .containsExactly(ana);
        assertThat(Await.result(directory.search(null, tag + "_ana", 0, 10)))
                .extracting(SubscriberRow::userId)
                .containsExactly(ana, anabel);
        assertThat(Await.result(directory.count(null, tag + "_"))).isEqualTo(2);
        assertThat(Await.result(directory.search(null, tag + "_ana", 1, 10)))
                .extracting(SubscriberRow::userId)
                .containsExactly(anabel);
    }

    @Test
    void history_isNewestFirst_withWhoDidIt() {
        long user = user("hist_" + TestIds.user(), "ACTIVE", now.plus(Duration.ofDays(9)));
        history(user, "REDEEMED", now.minus(Duration.ofDays(2)), null, now.plus(Duration.ofDays(1)));
        history(
                user,
                "EXTENDED",
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(9)));

        SubscriberHistory history = Await.result(directory.history(user));

        assertThat(history.subscriber())
                .hasValueSatisfying(row -> assertThat(row.activeAt(now)).isTrue());
        assertThat(history.lines()).extracting(SubscriberHistory.Line::kind).containsExactly("EXTENDED", "REDEEMED");
        assertThat(history.lines().getFirst().actorId()).contains(1001L);
        assertThat(Await.result(directory.history(TestIds.user())).subscriber()).isEmpty();
    }

    @Test
    void exports_walkByKey_inBatches() {
        long first = user("exp_" + TestIds.user(), "ACTIVE", now);
        long plan = plan("ONE_TIME");
        long paid = payment(first, plan, "ONE_TIME", 99, now, null);

        List<SubscriberRow> batch = Await.result(directory.after(first - 1, 1));
        List<PaymentRow> payment = Await.result(payments.after(paid - 1, 1));

        assertThat(batch).singleElement().extracting(SubscriberRow::userId).isEqualTo(first);
        assertThat(payment).singleElement().satisfies(row -> {
            assertThat(row.stars()).isEqualTo(99);
            assertThat(row.plan()).isEqualTo("Gold");
            assertThat(row.refundable()).isTrue();
        });
        assertThat(Await.result(payments.newest(0, 5))).isNotEmpty();
    }
}
