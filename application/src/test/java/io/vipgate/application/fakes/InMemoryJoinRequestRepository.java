package io.vipgate.application.fakes;

import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.freechannel.JoinRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Join requests in a map keyed by user; a repeat goes through {@link JoinRequest#repeated}. */
public final class InMemoryJoinRequestRepository implements JoinRequestRepository {

    private final Map<Long, JoinRequest> byUser = new HashMap<>();
    private final Map<Long, Lease> leases = new HashMap<>();

    @Override
    public synchronized CompletionStage<JoinRequest> record(JoinRequest incoming) {
        JoinRequest stored = byUser.merge(
                incoming.userId(),
                incoming,
                (existing, fresh) -> existing.repeated(fresh.userChatId(), fresh.requestedAt()));
        return CompletableFuture.completedFuture(stored);
    }

    @Override
    public CompletionStage<Optional<JoinRequest>> find(long userId) {
        return CompletableFuture.completedFuture(Optional.ofNullable(byUser.get(userId)));
    }

    public void put(JoinRequest request) {
        byUser.put(request.userId(), request);
    }

    public Optional<JoinRequest> get(long userId) {
        return Optional.ofNullable(byUser.get(userId));
    }

    public List<JoinRequest> all() {
        return List.copyOf(byUser.values());
    }

    /** The job lease on the request, as the {@code claimed_until}/{@code claimed_by} columns would hold it. */
    public Optional<Lease> lease(long userId) {
        return Optional.ofNullable(leases.get(userId));
    }

    public void hold(long userId, Lease lease) {
        leases.put(userId, lease);
    }

    public void clearLease(long userId) {
        leases.remove(userId);
    }
}
