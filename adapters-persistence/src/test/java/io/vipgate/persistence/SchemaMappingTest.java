package io.vipgate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.PurchaseOrder;
import io.vipgate.domain.payment.Stars;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.persistence.freechannel.JoinRequestEntity;
import io.vipgate.persistence.freechannel.PostgresFreeChannelAdapter;
import io.vipgate.persistence.freechannel.SettingsEntity;
import io.vipgate.persistence.payment.PaymentEntity;
import io.vipgate.persistence.payment.PlanEntity;
import io.vipgate.persistence.payment.PostgresPaymentLedgerAdapter;
import io.vipgate.persistence.payment.PostgresPlanAdapter;
import io.vipgate.persistence.payment.PurchaseOrderEntity;
import io.vipgate.persistence.subscription.HistoryEntity;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.subscription.SubscriptionEntity;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import io.vipgate.persistence.token.TokenEntity;
import io.vipgate.persistence.update.PostgresUpdateLogAdapter;
import io.vipgate.persistence.update.ProcessedUpdateEntity;
import io.vipgate.persistence.user.UserEntity;
import jakarta.inject.Inject;
import jakarta.persistence.metamodel.EntityType;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * Flyway owns the schema and Hibernate only checks it. That the application started at all shows Hibernate's
 * validation passed ({@link SchemaMismatchTest}: a mismatch stops the start); these tests pin the setting that makes
 * it so and the version Flyway reached.
 */
@QuarkusTest
class SchemaMappingTest {

    private static final List<Class<?>> ENTITIES = List.of(
            UserEntity.class,
            TokenEntity.class,
            SubscriptionEntity.class,
            HistoryEntity.class,
            JoinRequestEntity.class,
            SettingsEntity.class,
            ProcessedUpdateEntity.class,
            PlanEntity.class,
            PurchaseOrderEntity.class,
            PaymentEntity.class);

    @Inject
    Flyway flyway;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Inject
    ReactiveWork work;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Inject
    PostgresFreeChannelAdapter freeChannel;

    @Inject
    PostgresUpdateLogAdapter updateLog;

    @Inject
    PostgresPlanAdapter plans;

    @Inject
    PostgresPaymentLedgerAdapter payments;

    @Test
    void hibernate_validatesTheSchema_neverChangesIt() {
        assertThat(ConfigProvider.getConfig()
                        .getValue("quarkus.hibernate-orm.schema-management.strategy", String.class))
                .isEqualTo("validate");
        assertThat(ConfigProvider.getConfig().getValue("quarkus.flyway.migrate-at-start", Boolean.class))
                .isTrue();
    }

    @Test
    void flyway_reachedTheHighestMigrationFile_withNothingPendingOrFailed() throws Exception {
        List<Integer> versions = MigrationChainTest.versions();

        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(String.valueOf(versions.getLast()));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void everyMappedEntity_readsARealRowOfItsTable() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long user = TestIds.user();
        Tokens.stored(tokens, VipDuration.ofDays(1), 1, now, Duration.ofDays(7));
        Await.result(ledger.extend(user, VipDuration.ofDays(1), 7L, now, ReminderSchedule.DEFAULT));
        Await.result(freeChannel.record(JoinRequest.pending(user, -100L, 1L, now)));
        Await.result(updateLog.claim(TestIds.user(), "schema-test", now, now));
        Plan plan = Await.result(plans.create("Gold", new Stars(10), PlanTerm.parse("1d"), 7L, now));
        PurchaseOrder order =
                new PurchaseOrder(PurchaseOrder.newId(new SecureRandom()), user, plan.id(), 10, now, false);
        Await.result(plans.open(order));
        Await.result(payments.record(
                new IncomingPayment("stxMapping" + user, user, 10, "XTR", order.id(), Optional.empty(), false, false),
                plan,
                now,
                ReminderSchedule.DEFAULT));

        List<Class<?>> mapped = sessionFactory.getMetamodel().getEntities().stream()
                .<Class<?>>map(EntityType::getJavaType)
                .toList();
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(ENTITIES);
        for (Class<?> entity : ENTITIES) {
            List<?> rows = Await.result(work.run(() -> Panache.withSession(() -> firstRow(entity))));
            assertThat(rows)
                    .as("a row read as %s", entity.getSimpleName())
                    .singleElement()
                    .isInstanceOf(entity);
        }
    }

    private static <T> Uni<List<T>> firstRow(Class<T> entity) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery("from " + entity.getSimpleName(), entity)
                        .setMaxResults(1)
                        .getResultList());
    }
}
