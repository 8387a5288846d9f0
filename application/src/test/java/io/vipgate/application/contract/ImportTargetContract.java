package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportSession;
import io.vipgate.application.legacyimport.port.out.ImportTarget;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportWritten.Count;
import io.vipgate.application.legacyimport.port.out.ImportedSubscription;
import io.vipgate.application.legacyimport.port.out.ImportedUser;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.domain.user.BotUser;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ImportTarget} does, held against the in-memory fake and the PostgreSQL adapter alike, as far as
 * its counts tell: rows already there are present, not written twice; a dry run and an aborted import leave nothing;
 * batches of one import see each other; one import at a time. The free-channel wait is one row shared by every test
 * (and an admin's /setwait wins over the file), so these batches carry none.
 */
public abstract class ImportTargetContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long FREE_CHANNEL = -100_300L;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    protected abstract ImportTarget target();

    private static ImportedUser user(long id, Instant createdAt) {
        return new ImportedUser(
                new BotUser(id, "Ana " + id, Optional.of("Pérez"), Optional.of("ana" + id), Optional.empty(), true),
                createdAt,
                createdAt.plusSeconds(90));
    }

    private static SubscriptionChange line(long userId, Instant joined, Instant expiry) {
        return new SubscriptionChange(
                userId, ChangeKind.IMPORTED, joined, Optional.empty(), Optional.empty(), expiry, Optional.empty());
    }

    /** Two users, one active and one past subscription, a token, a join request and a requester: fresh keys. */
    private ImportBatch batch() {
        long vip = TestIds.user();
        long former = TestIds.user();
        long requester = TestIds.user();
        Instant joined = now.minus(Duration.ofDays(10));
        Instant expiry = now.plus(Duration.ofDays(20));
        Subscription active = new Subscription(
                vip,
                SubscriptionStatus.ACTIVE,
                joined,
                expiry,
                Optional.of(Duration.ofDays(3)),
                Optional.of(expiry.minus(Duration.ofDays(1))));
        TokenSecret secret = TokenSecret.generate(RANDOM);
        InvitationToken token = new InvitationToken(
                secret.hash(),
                secret.prefix(),
                VipDuration.ofDays(30),
                1,
                0,
                now.minus(Duration.ofHours(2)),
                now.plus(Duration.ofHours(22)),
                1001L,
                false);
        return new ImportBatch(
                List.of(user(vip, joined), user(former, joined)),
                List.of(
                        new ImportedSubscription(Optional.of(active), line(vip, joined, expiry)),
                        new ImportedSubscription(
                                Optional.empty(),
                                line(former, joined.minus(Duration.ofDays(60)), joined.minus(Duration.ofDays(30))))),
                List.of(token),
                List.of(new JoinRequest(
                        requester, FREE_CHANNEL, requester, now.minusSeconds(30), JoinRequestStatus.PENDING)),
                Optional.empty(),
                List.of(user(requester, now.minusSeconds(30))));
    }

    private static ImportWritten allWritten() {
        return new ImportWritten(
                new Count(2, 0, 2),
                new Count(1, 0, 1),
                new Count(1, 0, 1),
                new Count(1, 0, 1),
                new Count(1, 0, 1),
                Count.NONE,
                new Count(1, 0, 1));
    }

    private static ImportWritten allPresent() {
        return new ImportWritten(
                new Count(0, 2, 2),
                new Count(0, 1, 1),
                new Count(0, 1, 1),
                new Count(0, 1, 1),
                new Count(0, 1, 1),
                Count.NONE,
                new Count(0, 1, 1));
    }

    private ImportWritten write(ImportBatch batch, boolean dryRun) {
        return Await.result(target().write(batch, dryRun, ImportProgress.NONE));
    }

    private ImportSession begin() {
        return Await.result(target().begin(false, ImportProgress.NONE));
    }

    @Test
    void anImport_writesEveryRow_andASecondOneFindsThemAllPresent() {
        ImportBatch batch = batch();

        assertThat(write(batch, false)).isEqualTo(allWritten());
        assertThat(write(batch, false)).isEqualTo(allPresent());
    }

    @Test
    void aDryRun_countsAsAnImportWould_butLeavesNothing() {
        ImportBatch batch = batch();

        assertThat(write(batch, true)).isEqualTo(allWritten());
        assertThat(write(batch, false)).isEqualTo(allWritten());
    }

    @Test
    void anAbortedImport_leavesNothing() {
        ImportBatch batch = batch();
        ImportSession session = begin();

        assertThat(Await.result(session.write(batch))).isEqualTo(allWritten());
        Await.result(session.abort());

        assertThat(write(batch, false)).isEqualTo(allWritten());
    }

    @Test
    void theBatchesOfOneImport_seeEachOther() {
        ImportBatch batch = batch();
        ImportBatch usersFirst = new ImportBatch(batch.users(), List.of(), List.of(), List.of(), Optional.empty());
        ImportBatch rest = new ImportBatch(
                batch.users(),
                batch.subscriptions(),
                batch.tokens(),
                batch.joinRequests(),
                Optional.empty(),
                batch.requesters());
        ImportSession session = begin();

        assertThat(Await.result(session.write(usersFirst)).users()).isEqualTo(new Count(2, 0, 2));
        ImportWritten second = Await.result(session.write(rest));
        Await.result(session.finish());

        assertThat(second.users()).isEqualTo(new Count(0, 2, 2));
        assertThat(second.activeSubscriptions()).isEqualTo(new Count(1, 0, 1));
        assertThat(second.pastSubscriptions()).isEqualTo(new Count(1, 0, 1));
        assertThat(write(batch, false)).isEqualTo(allPresent());
    }

    @Test
    void oneImportAtATime_aSecondBeginsWhenTheFirstEnds() {
        ImportBatch batch = batch();
        ImportSession first = begin();
        Await.result(first.write(batch));

        CompletableFuture<ImportSession> second =
                target().begin(false, ImportProgress.NONE).toCompletableFuture();
        assertThat(second).as("waits for the first import").isNotDone();

        Await.result(first.finish());
        ImportSession next = Await.result(second);
        try {
            assertThat(Await.result(next.write(batch)))
                    .as("finds the first's rows")
                    .isEqualTo(allPresent());
        } finally {
            Await.result(next.abort());
        }
    }
}
