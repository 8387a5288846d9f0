package io.vipgate.application.fakes;

import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportSession;
import io.vipgate.application.legacyimport.port.out.ImportTarget;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportWritten.Count;
import io.vipgate.application.legacyimport.port.out.ImportedSubscription;
import io.vipgate.application.legacyimport.port.out.ImportedUser;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** An import target in memory, keyed like PostgreSQL's, so that a second write finds what the first wrote. */
public final class InMemoryImportTarget implements ImportTarget {

    public final Map<Long, ImportedUser> users = new LinkedHashMap<>();
    public final Map<Long, Subscription> subscriptions = new LinkedHashMap<>();
    public final Set<SubscriptionChange> history = new LinkedHashSet<>();
    public final Map<TokenHash, InvitationToken> tokens = new LinkedHashMap<>();
    public final Map<Long, JoinRequest> joinRequests = new LinkedHashMap<>();
    public Optional<FreeChannelWait> wait = Optional.empty();
    /** One entry per transaction begun: whether it was a dry run. */
    public final List<Boolean> writes = new ArrayList<>();
    /** Every batch written, in order, in any transaction. */
    public final List<ImportBatch> batches = new ArrayList<>();

    public int aborted;

    /** Ends when the last import begun has finished or aborted: as PostgreSQL's advisory lock, one at a time. */
    private CompletableFuture<Void> lastEnded = CompletableFuture.completedFuture(null);

    @Override
    public synchronized CompletionStage<ImportSession> begin(boolean dryRun, ImportProgress progress) {
        writes.add(dryRun);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        CompletableFuture<Void> before = lastEnded;
        lastEnded = ended;
        return before.thenApply(free -> new Session(dryRun, ended));
    }

    /** One import's staged rows: kept on finish unless it is a dry run, dropped on abort. */
    private final class Session implements ImportSession {

        private final boolean dryRun;
        private final CompletableFuture<Void> ended;
        private final Map<Long, ImportedUser> users = new LinkedHashMap<>(InMemoryImportTarget.this.users);
        private final Map<Long, Subscription> subscriptions =
                new LinkedHashMap<>(InMemoryImportTarget.this.subscriptions);
        private final Set<SubscriptionChange> history = new LinkedHashSet<>(InMemoryImportTarget.this.history);
        private final Map<TokenHash, InvitationToken> tokens = new LinkedHashMap<>(InMemoryImportTarget.this.tokens);
        private final Map<Long, JoinRequest> requests = new LinkedHashMap<>(joinRequests);
        private Optional<FreeChannelWait> staged = wait;

        Session(boolean dryRun, CompletableFuture<Void> ended) {
            this.dryRun = dryRun;
            this.ended = ended;
        }

        @Override
        public CompletionStage<ImportWritten> write(ImportBatch batch) {
            batches.add(batch);
            Count userCount = put(batch.users(), users, u -> u.user().id());
            Count requesterCount = put(batch.requesters(), users, u -> u.user().id());
            Count active = put(
                    batch.active(),
                    subscriptions,
                    ImportedSubscription::userId,
                    s -> s.current().orElseThrow());
            batch.active().forEach(s -> history.add(s.history()));
            int pastBefore = history.size();
            batch.past().forEach(s -> history.add(s.history()));
            int pastWritten = history.size() - pastBefore;
            Count past = new Count(
                    pastWritten, batch.past().size() - pastWritten, batch.past().size());
            Count tokenCount = put(batch.tokens(), tokens, InvitationToken::hash);
            Count requestCount = put(batch.joinRequests(), requests, JoinRequest::userId);
            boolean newWait = batch.freeChannelWait().isPresent()
                    && !batch.freeChannelWait().equals(staged);
            Count settings =
                    batch.freeChannelWait().isEmpty() ? Count.NONE : new Count(newWait ? 1 : 0, newWait ? 0 : 1, 1);
            staged = batch.freeChannelWait().isPresent() ? batch.freeChannelWait() : staged;
            return CompletableFuture.completedFuture(
                    new ImportWritten(userCount, active, past, tokenCount, requestCount, settings, requesterCount));
        }

        @Override
        public CompletionStage<Void> finish() {
            if (!dryRun) {
                InMemoryImportTarget.this.users.putAll(users);
                InMemoryImportTarget.this.subscriptions.putAll(subscriptions);
                InMemoryImportTarget.this.history.addAll(history);
                InMemoryImportTarget.this.tokens.putAll(tokens);
                joinRequests.putAll(requests);
                wait = staged;
            }
            ended.complete(null);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> abort() {
            aborted++;
            ended.complete(null);
            return CompletableFuture.completedFuture(null);
        }
    }

    private static <K, V> Count put(List<V> rows, Map<K, V> into, Function<V, K> key) {
        return put(rows, into, key, Function.identity());
    }

    private static <K, R, V> Count put(List<R> rows, Map<K, V> into, Function<R, K> key, Function<R, V> value) {
        int written = 0;
        for (R row : rows) {
            if (into.putIfAbsent(key.apply(row), value.apply(row)) == null) {
                written++;
            }
        }
        return new Count(written, rows.size() - written, rows.size());
    }
}
