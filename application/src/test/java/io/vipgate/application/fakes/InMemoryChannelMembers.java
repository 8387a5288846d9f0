package io.vipgate.application.fakes;

import io.vipgate.application.gate.port.out.ChannelMembers;
import io.vipgate.domain.gate.MemberStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The member table in memory, judged against the in-memory subscriptions. */
public final class InMemoryChannelMembers implements ChannelMembers {

    private final InMemorySubscriptionRepository subscriptions;
    private final Map<Long, MemberStatus> standing = new HashMap<>();
    private final Map<Long, Instant> checkedAt = new HashMap<>();
    private final List<Long> turnedAway = new ArrayList<>();

    public InMemoryChannelMembers(InMemorySubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public synchronized CompletionStage<Void> seen(long userId, MemberStatus status, Instant at) {
        standing.put(userId, status);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> turnedAway(long userId, Instant at) {
        standing.put(userId, MemberStatus.LEFT);
        turnedAway.add(userId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<List<Long>> insideWithoutRight(Instant now, Instant checkedBefore, int limit) {
        return CompletableFuture.completedFuture(standing.entrySet().stream()
                .filter(entry -> entry.getValue().participant())
                .filter(entry -> subscriptions
                        .get(entry.getKey())
                        .filter(s -> s.isActiveAt(now))
                        .isEmpty())
                .filter(entry ->
                        !checkedAt.getOrDefault(entry.getKey(), Instant.EPOCH).isAfter(checkedBefore))
                .map(Map.Entry::getKey)
                .sorted()
                .limit(limit)
                .toList());
    }

    @Override
    public synchronized CompletionStage<Void> checked(long userId, Instant at) {
        checkedAt.put(userId, at);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Long> countInside() {
        return CompletableFuture.completedFuture(
                standing.values().stream().filter(MemberStatus::participant).count());
    }

    @Override
    public synchronized CompletionStage<Long> countTurnedAway() {
        return CompletableFuture.completedFuture((long) turnedAway.size());
    }

    public synchronized MemberStatus standing(long userId) {
        return standing.getOrDefault(userId, MemberStatus.LEFT);
    }

    public synchronized List<Long> turnedAwayUsers() {
        return List.copyOf(turnedAway);
    }
}
