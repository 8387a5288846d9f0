package io.vipgate.persistence.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The gate's tables against a real PostgreSQL: one live link per user, who is inside, endings on what was seen. */
@QuarkusTest
class PostgresGateAdaptersTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    PostgresInviteLinksAdapter links;

    @Inject
    PostgresChannelMembersAdapter members;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    DataSource database;

    private static InviteLink link(String url, Instant expires) {
        return new InviteLink(url, expires);
    }

    @Test
    void replacingALink_revokesTheLiveOnes_andReturnsThem() {
        long user = TestIds.user();
        String first = "https://t.me/+a" + user;
        String second = "https://t.me/+b" + user;
        String third = "https://t.me/+c" + user;

        assertThat(Await.result(links.replace(user, link(first, now.plus(Duration.ofHours(1))), now)))
                .isEmpty();
        assertThat(Await.result(links.replace(user, link(second, now.plus(Duration.ofHours(1))), now)))
                .containsExactly(first);
        assertThat(Await.result(links.replace(
                        user, link(third, now.plus(Duration.ofHours(2))), now.plus(Duration.ofMinutes(90)))))
                .as("the second expired meanwhile")
                .isEmpty();

        assertThat(Sql.one(
                        database,
                        Long.class,
                        "SELECT count(*) FROM invite_link WHERE user_id = ? AND revoked_at IS NULL",
                        user))
                .as("unrevoked rows: the expired second and the live third")
                .isEqualTo(2L);
        assertThat(Sql.one(
                        database,
                        String.class,
                        "SELECT url FROM invite_link WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?",
                        user,
                        now.plus(Duration.ofMinutes(90))))
                .isEqualTo(third);
    }

    @Test
    void membersInsideWithoutTheRight_areListed_untilCheckedOrSubscribed() {
        long stranger = TestIds.user();
        long subscriber = TestIds.user();
        long gone = TestIds.user();
        Await.result(ledger.extend(subscriber, VipDuration.ofDays(30), 1L, now, ReminderSchedule.DEFAULT));
        Await.result(members.seen(stranger, MemberStatus.MEMBER, now));
        Await.result(members.seen(subscriber, MemberStatus.MEMBER, now));
        Await.result(members.seen(gone, MemberStatus.MEMBER, now));
        Await.result(members.seen(gone, MemberStatus.LEFT, now.plusSeconds(1)));
        Await.result(members.seen(gone, MemberStatus.MEMBER, now.minusSeconds(1)));

        assertThat(Await.result(members.insideWithoutRight(now, now.minusSeconds(60), 10_000)))
                .contains(stranger)
                .doesNotContain(subscriber, gone);

        Await.result(members.checked(stranger, now));
        assertThat(Await.result(members.insideWithoutRight(now, now.minusSeconds(60), 10_000)))
                .as("checked a moment ago")
                .doesNotContain(stranger);
        assertThat(Await.result(members.insideWithoutRight(now, now, 10_000))).contains(stranger);
    }

    @Test
    void turningAway_recordsTheUserOutside_withAHistoryLine_andIsCounted() {
        long stranger = TestIds.user();
        Await.result(members.seen(stranger, MemberStatus.MEMBER, now));
        long inside = Await.result(members.countInside());
        long turnedAway = Await.result(members.countTurnedAway());

        Await.result(members.turnedAway(stranger, now.plusSeconds(1)));

        assertThat(Await.result(members.countInside())).isEqualTo(inside - 1);
        assertThat(Await.result(members.countTurnedAway())).isEqualTo(turnedAway + 1);
        assertThat(Await.result(subscriptions.history(stranger)))
                .singleElement()
                .satisfies(line -> assertThat(line.kind()).isEqualTo(ChangeKind.TURNED_AWAY));
    }

    @Test
    void anEnding_onTheExpiryTheCallerSaw_endsTheRow_withItsDetail() {
        long user = TestIds.user();
        Subscription active =
                Await.result(ledger.extend(user, VipDuration.ofDays(30), 1L, now, ReminderSchedule.DEFAULT));

        Optional<Subscription> ended = Await.result(ledger.end(new Ending(
                user,
                active.expiresAt(),
                ChangeKind.REMOVAL_REFUSED,
                Optional.of(7L),
                Optional.of("CHAT_OWNER"),
                Optional.empty(),
                now.plusSeconds(5))));

        assertThat(ended).get().extracting(Subscription::status).isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(Sql.one(
                        database,
                        String.class,
                        "SELECT detail FROM subscription_history WHERE user_id = ? AND kind = 'REMOVAL_REFUSED'",
                        user))
                .isEqualTo("CHAT_OWNER");
    }

    @Test
    void anEnding_afterARenewal_changesNothing() {
        long user = TestIds.user();
        Subscription seen = Await.result(ledger.extend(user, VipDuration.ofDays(1), 1L, now, ReminderSchedule.DEFAULT));
        Await.result(ledger.extend(user, VipDuration.ofDays(30), 1L, now.plusSeconds(1), ReminderSchedule.DEFAULT));

        assertThat(Await.result(ledger.end(new Ending(
                        user,
                        seen.expiresAt(),
                        ChangeKind.REVOKED,
                        Optional.of(7L),
                        Optional.empty(),
                        Optional.empty(),
                        now.plusSeconds(2)))))
                .isEmpty();
        assertThat(Await.result(subscriptions.find(user)))
                .get()
                .extracting(Subscription::status)
                .isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(Await.result(subscriptions.history(user))).hasSize(2);
    }
}
