package io.vipgate.persistence.legacyimport;

import static io.vipgate.persistence.legacyimport.LegacyBatches.active;
import static io.vipgate.persistence.legacyimport.LegacyBatches.batch;
import static io.vipgate.persistence.legacyimport.LegacyBatches.past;
import static io.vipgate.persistence.legacyimport.LegacyBatches.request;
import static io.vipgate.persistence.legacyimport.LegacyBatches.token;
import static io.vipgate.persistence.legacyimport.LegacyBatches.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportWritten.Count;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.freechannel.PostgresFreeChannelAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The import's write side on a real PostgreSQL: exact, all or nothing, idempotent, verified before commit. */
@QuarkusTest
class PostgresLegacyImportAdapterTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final Instant joined = now.minus(Duration.ofDays(10));
    private final Instant expiry = now.plus(Duration.ofDays(20)).plusNanos(123_000);

    @Inject
    PostgresLegacyImportAdapter importer;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Inject
    PostgresFreeChannelAdapter freeChannel;

    @Inject
    DataSource database;

    private ImportWritten write(ImportBatch batch, boolean dryRun) {
        return Await.result(importer.write(batch, dryRun, ImportProgress.NONE));
    }

    @Test
    void everyFieldArrivesExactly() {
        long vip = TestIds.user();
        long former = TestIds.user();
        TokenSecret secret = LegacyBatches.legacySecret();
        ImportBatch batch = batch(
                List.of(user(vip, joined), user(former, joined)),
                List.of(
                        active(vip, joined, expiry, expiry.minus(Duration.ofDays(1))),
                        past(former, joined.minus(Duration.ofDays(60)), joined.minus(Duration.ofDays(30)))),
                List.of(token(secret, VipDuration.ofDays(30), now.minus(Duration.ofHours(2)), 1001L)),
                List.of(request(former, now.minusSeconds(30))));

        ImportWritten written = write(batch, false);

        assertThat(written.users()).isEqualTo(new Count(2, 0, 2));
        assertThat(Await.result(users.find(vip)))
                .contains(batch.users().getFirst().user());
        assertThat(Sql.one(database, Instant.class, "SELECT created_at FROM app_user WHERE id = ?", vip))
                .isEqualTo(joined);
        assertThat(Sql.one(database, Instant.class, "SELECT updated_at FROM app_user WHERE id = ?", vip))
                .isEqualTo(joined.plusSeconds(90));
        assertThat(Await.result(subscriptions.find(vip)))
                .isEqualTo(batch.subscriptions().getFirst().current());
        assertThat(Await.result(subscriptions.find(former))).isEmpty();
        assertThat(Await.result(subscriptions.history(vip)))
                .containsExactly(batch.subscriptions().getFirst().history());
        assertThat(Await.result(subscriptions.history(former))).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ChangeKind.IMPORTED);
            assertThat(line.newExpiry()).isEqualTo(joined.minus(Duration.ofDays(30)));
        });
        assertThat(Await.result(tokens.findByHashOrPrefix(secret.hash(), secret.prefix())))
                .containsExactly(batch.tokens().getFirst());
        assertThat(Await.result(freeChannel.find(former)))
                .contains(batch.joinRequests().getFirst());
    }

    @Test
    void secondWrite_writesNothingTwice_andCountsEverythingAsPresent() {
        long vip = TestIds.user();
        long former = TestIds.user();
        ImportBatch batch = batch(
                List.of(user(vip, joined), user(former, joined)),
                List.of(active(vip, joined, expiry, expiry.minus(Duration.ofDays(1))), past(former, joined, now)),
                List.of(token(LegacyBatches.legacySecret(), VipDuration.ofDays(7), now, 1001L)),
                List.of(request(former, now)));
        write(batch, false);

        ImportWritten again = write(batch, false);

        assertThat(List.of(
                        again.users(),
                        again.activeSubscriptions(),
                        again.pastSubscriptions(),
                        again.tokens(),
                        again.joinRequests()))
                .allSatisfy(count -> assertThat(count.written()).isZero());
        assertThat(again.users()).isEqualTo(new Count(0, 2, 2));
        assertThat(again.pastSubscriptions()).isEqualTo(new Count(0, 1, 1));
        assertThat(Await.result(subscriptions.history(vip))).hasSize(1);
        assertThat(Await.result(subscriptions.history(former))).hasSize(1);
    }

    @Test
    void dryRun_countsLikeARealRun_butLeavesNothingBehind() {
        long vip = TestIds.user();
        ImportBatch batch = batch(
                List.of(user(vip, joined)),
                List.of(active(vip, joined, expiry, expiry.minus(Duration.ofDays(1)))),
                List.of(),
                List.of());

        ImportWritten written = write(batch, true);

        assertThat(written.users()).isEqualTo(new Count(1, 0, 1));
        assertThat(written.activeSubscriptions()).isEqualTo(new Count(1, 0, 1));
        assertThat(Await.result(users.find(vip))).isEmpty();
        assertThat(Await.result(subscriptions.history(vip))).isEmpty();
    }

    @Test
    void aFailureHalfway_leavesNothingBehind() {
        long vip = TestIds.user();
        long stranger = TestIds.user();
        ImportBatch batch = batch(
                List.of(user(vip, joined)),
                List.of(active(vip, joined, expiry, expiry.minus(Duration.ofDays(1))), past(stranger, joined, now)),
                List.of(),
                List.of());

        assertThatThrownBy(() -> write(batch, false)).hasMessageContaining("foreign key");

        assertThat(Await.result(users.find(vip))).isEmpty();
        assertThat(Await.result(subscriptions.find(vip))).isEmpty();
    }
}
