package io.vipgate.persistence.broadcast;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.broadcast.port.out.BroadcastJob;
import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.broadcast.port.out.BroadcastStore;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserMappers;
import io.vipgate.persistence.user.UserPanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Broadcasts and their recipients in PostgreSQL. Saving takes the recipients and the broadcast in one statement
 * (one snapshot, so the total is the recipients' count); every recipient is handed out once, turned SENDING in the
 * same statement that picks it. The SQL lives in {@link BroadcastSql}.
 */
@ApplicationScoped
@Typed(PostgresBroadcastAdapter.class)
public class PostgresBroadcastAdapter implements BroadcastStore {

    private final UserPanacheRepository users;
    private final ReactiveWork work;

    PostgresBroadcastAdapter(UserPanacheRepository users, ReactiveWork work) {
        this.users = users;
        this.work = work;
    }

    @Override
    public CompletionStage<Optional<BroadcastJob>> create(long adminId, String text, Instant now, Lease hold) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.list(
                        Object[].class, BroadcastSql.CREATE, adminId, text, now, hold.until(), hold.owner())
                .map(rows -> rows.stream()
                        .findFirst()
                        .map(row -> new BroadcastJob(
                                NativeSql.number(row[0]),
                                adminId,
                                text,
                                Math.toIntExact(NativeSql.number(row[1])),
                                Optional.empty())))));
    }

    @Override
    public CompletionStage<Void> ready(long broadcastId, Optional<Long> progressMessageId, Lease hold) {
        return work.run(() -> Panache.withTransaction(() -> progressMessageId
                .map(messageId ->
                        NativeSql.update(BroadcastSql.READY_WITH_MESSAGE, broadcastId, hold.owner(), messageId))
                .orElseGet(() -> NativeSql.update(BroadcastSql.READY, broadcastId, hold.owner()))
                .replaceWithVoid()));
    }

    @Override
    public CompletionStage<Optional<BroadcastJob>> claimOpen(Instant now, Lease lease) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.list(
                        Object[].class, BroadcastSql.CLAIM_OPEN, now, lease.until(), lease.owner())
                .map(rows -> rows.stream()
                        .findFirst()
                        .map(row -> new BroadcastJob(
                                NativeSql.number(row[0]),
                                NativeSql.number(row[1]),
                                (String) row[2],
                                Math.toIntExact(NativeSql.number(row[3])),
                                Optional.ofNullable(row[4]).map(NativeSql::number))))));
    }

    @Override
    public CompletionStage<Boolean> renew(long broadcastId, Lease lease) {
        return work.run(() -> Panache.withTransaction(
                () -> NativeSql.update(BroadcastSql.RENEW, broadcastId, lease.until(), lease.owner())
                        .map(renewed -> renewed == 1)));
    }

    @Override
    public CompletionStage<Optional<BotUser>> nextRecipient(long broadcastId, Lease lease) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.list(
                        Long.class, BroadcastSql.NEXT_RECIPIENT, broadcastId, lease.until(), lease.owner())
                .chain(ids -> ids.isEmpty()
                        ? Uni.createFrom().item(Optional.<BotUser>empty())
                        : users.findById(ids.getFirst()).map(row -> Optional.of(UserMappers.user(row))))));
    }

    @Override
    public CompletionStage<Void> recordDelivery(long broadcastId, long userId, Delivery outcome) {
        return work.run(() ->
                Panache.withTransaction(() -> NativeSql.update(BroadcastSql.RECORD, broadcastId, userId, outcome.name())
                        .replaceWithVoid()));
    }

    @Override
    public CompletionStage<BroadcastProgress> progress(long broadcastId) {
        return work.run(() -> Panache.withSession(() -> progressOf(broadcastId)));
    }

    @Override
    public CompletionStage<Optional<BroadcastProgress>> close(long broadcastId, Lease lease, Instant now) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.list(
                        Long.class, BroadcastSql.LOCK_HELD, broadcastId, lease.owner())
                .chain(held -> held.isEmpty()
                        ? Uni.createFrom().item(false)
                        : NativeSql.list(Long.class, BroadcastSql.BUSY, broadcastId, now)
                                .map(busy -> busy.isEmpty()))
                .chain(closable -> !closable
                        ? Uni.createFrom().item(Optional.<BroadcastProgress>empty())
                        : NativeSql.update(BroadcastSql.FAIL_INTERRUPTED, broadcastId)
                                .chain(() -> NativeSql.update(BroadcastSql.FINISH, broadcastId, now))
                                .chain(() -> progressOf(broadcastId))
                                .map(Optional::of))));
    }

    private static Uni<BroadcastProgress> progressOf(long broadcastId) {
        return NativeSql.list(Object[].class, BroadcastSql.PROGRESS, broadcastId)
                .map(List::getFirst)
                .map(row ->
                        new BroadcastProgress(broadcastId, count(row[0]), count(row[1]), count(row[2]), count(row[3])));
    }

    private static int count(Object value) {
        return Math.toIntExact(NativeSql.number(value));
    }
}
