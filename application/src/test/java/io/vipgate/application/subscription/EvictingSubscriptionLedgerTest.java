package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionCache;
import io.vipgate.application.fakes.InMemorySubscriptionLedger;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.TokenSecret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every ledger write evicts the user's cached snapshot once it has committed, so no read is ever stale. */
class EvictingSubscriptionLedgerTest {

    private static final TokenSecret SECRET = new TokenSecret("AAECAwQFBgcICQoLDA0ODw");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    private final InMemorySubscriptionRepository repository =
            new InMemorySubscriptionRepository(new InMemoryUserRepository());
    private final InMemorySubscriptionLedger inner = new InMemorySubscriptionLedger(tokens, repository);
    private final InMemorySubscriptionCache cache = new InMemorySubscriptionCache();
    private final EvictingSubscriptionLedger ledger = new EvictingSubscriptionLedger(inner, cache);
    private final CachingSubscriptionRepository reads = new CachingSubscriptionRepository(repository, cache, clock);

    @Test
    void afterARedemption_theNextReadSeesTheNewSubscription() {
        tokens.replace(Fixtures.token(SECRET, 30, 1));
        assertThat(join(reads.find(USER))).isEmpty();

        RedemptionOutcome outcome = join(ledger.redeem(SECRET.hash(), USER, T0, ReminderSchedule.DEFAULT));

        assertThat(outcome).isInstanceOf(RedemptionOutcome.Redeemed.class);
        assertThat(cache.evictions()).containsExactly(USER);
        assertThat(join(reads.find(USER))).map(Subscription::expiresAt).contains(T0.plus(Duration.ofDays(30)));
    }

    @Test
    void afterAnExtension_theNextReadSeesTheNewExpiry() {
        repository.put(Fixtures.subscription(USER, T0, 5));
        join(reads.find(USER));

        Subscription extended = join(ledger.extend(USER, VipDuration.ofDays(2), ADMIN, T0, ReminderSchedule.DEFAULT));

        assertThat(join(reads.find(USER))).contains(extended);
        assertThat(extended.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
    }

    @Test
    void afterARevocation_theNextReadSeesItRevoked() {
        repository.put(Fixtures.subscription(USER, T0, 5));
        join(reads.find(USER));

        assertThat(join(ledger.revoke(USER, ADMIN, T0))).isPresent();

        assertThat(join(reads.find(USER))).map(Subscription::status).contains(SubscriptionStatus.REVOKED);
    }

    @Test
    void theEvictionRunsAfterTheWriteHasCommitted() {
        List<Optional<Subscription>> storedWhenEvicted = new ArrayList<>();
        cache.onEvict(userId -> storedWhenEvicted.add(repository.get(userId)));

        Subscription extended = join(ledger.extend(USER, VipDuration.ofDays(2), ADMIN, T0, ReminderSchedule.DEFAULT));

        assertThat(storedWhenEvicted).containsExactly(Optional.of(extended));
    }

    @Test
    void aFailedWrite_stillEvicts_andItsFailureReachesTheCaller() {
        repository.put(Fixtures.subscription(USER, T0, 5));
        join(reads.find(USER));
        inner.failWrites();

        assertThat(failureOf(() -> ledger.revoke(USER, ADMIN, T0))).hasMessageContaining("database");

        assertThat(cache.evictions()).containsExactly(USER);
        assertThat(cache.holds(USER)).isFalse();
    }

    @Test
    void aCacheThatCannotEvict_neverFailsTheWrite() {
        cache.failEvictions();

        Subscription extended = join(ledger.extend(USER, VipDuration.ofDays(2), ADMIN, T0, ReminderSchedule.DEFAULT));

        assertThat(repository.get(USER)).contains(extended);
        assertThat(cache.evictions()).containsExactly(USER);
    }

    @Test
    void afterTheExpiryJobsCommit_theNextReadSeesItExpired() {
        repository.put(Fixtures.subscription(USER, T0, 1));
        join(reads.find(USER));
        Lease lease = Lease.fresh(T0, Duration.ofMinutes(5));
        repository.hold(USER, lease);

        assertThat(join(ledger.expire(USER, lease, T0.plus(Duration.ofDays(1)))))
                .isPresent();

        assertThat(cache.evictions()).containsExactly(USER);
        assertThat(join(reads.find(USER))).map(Subscription::status).contains(SubscriptionStatus.EXPIRED);
    }

    @Test
    void afterAReminderIsRecorded_theNextReadSeesTheNextOne() {
        Subscription subscription = Fixtures.subscription(USER, T0, 30);
        repository.put(subscription);
        join(reads.find(USER));
        Lease lease = Lease.fresh(T0, Duration.ofMinutes(5));
        repository.hold(USER, lease);
        Subscription reminded = subscription.remindedAt(Duration.ofDays(3), ReminderSchedule.DEFAULT);

        assertThat(join(ledger.advanceReminders(reminded, lease))).isTrue();

        assertThat(cache.evictions()).containsExactly(USER);
        assertThat(join(reads.find(USER))).contains(reminded);
    }
}
