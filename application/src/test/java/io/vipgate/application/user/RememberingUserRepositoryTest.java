package io.vipgate.application.user;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The sender upsert is skipped only while it would change nothing this process knows of. */
class RememberingUserRepositoryTest {

    private static final Duration MEMORY = Duration.ofSeconds(30);
    private static final BotUser ANA = BotUser.seen(42L, "Ana", null, "ana_l", "es");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final CountingUsers users = new CountingUsers();
    private final RememberingUserRepository repository = new RememberingUserRepository(users, clock, MEMORY);

    @Test
    void theSameUserAgainWithinHalfTheMemory_isNotWrittenAgain() {
        join(repository.upsert(ANA));
        clock.advance(MEMORY.dividedBy(2).minusMillis(1));
        join(repository.upsert(ANA));

        assertThat(users.writes.get()).isEqualTo(1);
    }

    @Test
    void aChangedName_isWrittenAtOnce() {
        join(repository.upsert(ANA));
        join(repository.upsert(BotUser.seen(42L, "Ana María", null, "ana_l", "es")));

        assertThat(users.writes.get()).isEqualTo(2);
        assertThat(users.stored.get(42L).orElseThrow().firstName()).isEqualTo("Ana María");
    }

    @Test
    void theSameUserAfterTheMemoryPassed_isWrittenAgain() {
        join(repository.upsert(ANA));
        clock.advance(MEMORY);
        join(repository.upsert(ANA));

        assertThat(users.writes.get()).isEqualTo(2);
    }

    @Test
    void usersWrittenTogether_fallDueSpreadOverTheSecondHalfOfTheMemory() {
        List<BotUser> crowd = LongStream.rangeClosed(1_000, 1_999)
                .mapToObj(id -> BotUser.seen(id, "User " + id, null, null, "en"))
                .toList();
        crowd.forEach(user -> join(repository.upsert(user)));

        clock.advance(MEMORY.dividedBy(2).minusMillis(1));
        assertThat(writesOf(crowd)).as("within half the memory").isZero();

        // In each eighth of the memory from its half to its end, about a quarter of them: never all at once.
        for (int eighth = 5; eighth <= 8; eighth++) {
            clock.advance(MEMORY.dividedBy(8));
            assertThat(writesOf(crowd)).as("due by %d/8 of the memory", eighth).isBetween(150, 350);
        }
    }

    private int writesOf(List<BotUser> crowd) {
        int before = users.writes.get();
        crowd.forEach(user -> join(repository.upsert(user)));
        return users.writes.get() - before;
    }

    @Test
    void aUserMarkedUnreachable_becomesReachableWithTheirNextMessage() {
        join(repository.upsert(ANA));
        join(repository.markUnreachable(42L));
        join(repository.upsert(ANA));

        assertThat(users.stored.get(42L).orElseThrow().reachable()).isTrue();
        assertThat(users.writes.get()).isEqualTo(2);
    }

    @Test
    void aFailedWrite_isNotRemembered() {
        users.failNext.set(true);
        assertThatThrownBy(() -> join(repository.upsert(ANA))).hasMessageContaining("database down");

        join(repository.upsert(ANA));

        assertThat(users.stored.get(42L)).contains(ANA);
    }

    @Test
    void eachUserIsRememberedOnItsOwn() {
        join(repository.upsert(ANA));
        join(repository.upsert(BotUser.seen(43L, "Bruno", null, null, "en")));

        assertThat(users.writes.get()).isEqualTo(2);
    }

    /** The in-memory repository, counting the upserts that reach it. */
    private static final class CountingUsers implements UserRepository {

        final InMemoryUserRepository stored = new InMemoryUserRepository();
        final AtomicInteger writes = new AtomicInteger();
        final AtomicBoolean failNext = new AtomicBoolean();

        @Override
        public CompletionStage<Void> upsert(BotUser user) {
            if (failNext.getAndSet(false)) {
                return CompletableFuture.failedFuture(new IllegalStateException("database down"));
            }
            writes.incrementAndGet();
            return stored.upsert(user);
        }

        @Override
        public CompletionStage<Optional<BotUser>> find(long userId) {
            return stored.find(userId);
        }

        @Override
        public CompletionStage<Void> markUnreachable(long userId) {
            return stored.markUnreachable(userId);
        }
    }
}
