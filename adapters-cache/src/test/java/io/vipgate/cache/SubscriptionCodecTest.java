package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionCodecTest {

    private static final Duration MAX = Duration.ofMinutes(5);
    private final Instant now = Instant.parse("2030-01-01T12:00:00.123456Z");

    @Test
    void activeSnapshot_roundTripsWithItsReminders() {
        Subscription active = Subscriptions.active(42, now, Duration.ofDays(2));

        assertThat(SubscriptionCodec.decode(42, SubscriptionCodec.encode(Optional.of(active))))
                .contains(new SubscriptionCodec.Entry(Optional.of(active)));
    }

    @Test
    void momentsBeforeTheEpochAndPartsOfASecond_roundTrip() {
        Subscription odd = new Subscription(
                3,
                SubscriptionStatus.ACTIVE,
                Instant.parse("1969-12-31T23:59:58.000000500Z"),
                now,
                Optional.of(Duration.ofMillis(1500)),
                Optional.of(now.minusNanos(1)));

        assertThat(SubscriptionCodec.decode(3, SubscriptionCodec.encode(Optional.of(odd))))
                .contains(new SubscriptionCodec.Entry(Optional.of(odd)));
    }

    @Test
    void endedSnapshotWithoutReminders_roundTrips() {
        Subscription revoked = Subscriptions.ended(7, now, SubscriptionStatus.REVOKED);

        assertThat(SubscriptionCodec.decode(7, SubscriptionCodec.encode(Optional.of(revoked))))
                .contains(new SubscriptionCodec.Entry(Optional.of(revoked)));
    }

    @Test
    void momentsAndDurations_areWrittenAsNumbers() {
        Subscription active = Subscriptions.active(42, now, Duration.ofDays(2));

        assertThat(SubscriptionCodec.encode(Optional.of(active)))
                .startsWith("s2|ACTIVE|" + active.periodStartedAt().getEpochSecond() + "."
                        + active.periodStartedAt().getNano() + "|");
    }

    @Test
    void noSubscription_isCachedAsNone() {
        assertThat(SubscriptionCodec.encode(Optional.empty())).isEqualTo("none");
        assertThat(SubscriptionCodec.decode(1, "none")).contains(new SubscriptionCodec.Entry(Optional.empty()));
    }

    @Test
    void unreadableText_countsAsAMiss() {
        assertThat(SubscriptionCodec.decode(1, "s0|ACTIVE")).isEmpty();
        assertThat(SubscriptionCodec.decode(1, "s2|ACTIVE|x|y|-|-")).isEmpty();
        assertThat(SubscriptionCodec.decode(1, "s2|ACTIVE|1.x|2.0|-|-")).isEmpty();
        assertThat(SubscriptionCodec.decode(1, "s2|GONE|1.0|2.0|-|-")).isEmpty();
        // the layout before this one, whose moments were ISO-8601 text
        assertThat(SubscriptionCodec.decode(1, "s1|ACTIVE|" + now + "|" + now + "|-|-"))
                .isEmpty();
    }

    @Test
    void ttl_isTheTimeLeft_whenShorterThanTheCap() {
        Subscription active = Subscriptions.active(1, now, Duration.ofSeconds(20));

        assertThat(RedisSubscriptionCacheAdapter.ttl(Optional.of(active), now, MAX))
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void ttl_isCappedAtFiveMinutes() {
        Subscription active = Subscriptions.active(1, now, Duration.ofDays(30));

        assertThat(RedisSubscriptionCacheAdapter.ttl(Optional.of(active), now, MAX))
                .isEqualTo(MAX);
    }

    @Test
    void ttl_ofNoneAndOfEndedSnapshots_isTheCap() {
        assertThat(RedisSubscriptionCacheAdapter.ttl(Optional.empty(), now, MAX))
                .isEqualTo(MAX);
        assertThat(RedisSubscriptionCacheAdapter.ttl(
                        Optional.of(Subscriptions.ended(1, now, SubscriptionStatus.EXPIRED)), now, MAX))
                .isEqualTo(MAX);
    }

    @Test
    void ttl_ofAnActiveSnapshotPastItsExpiry_isNotPositive() {
        Subscription due = Subscriptions.active(1, now, Duration.ofSeconds(-1));

        assertThat(RedisSubscriptionCacheAdapter.ttl(Optional.of(due), now, MAX).isPositive())
                .isFalse();
    }
}
