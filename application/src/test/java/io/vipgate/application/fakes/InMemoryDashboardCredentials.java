package io.vipgate.application.fakes;

import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.dashboard.port.out.DashboardCredentials;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Links and sessions in maps; a link is used by removing it, which two racing callers cannot both do. */
public final class InMemoryDashboardCredentials implements DashboardCredentials {

    private record Link(long adminId, Instant expiresAt) {}

    private record Session(SignedIn signedIn, Instant expiresAt) {}

    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public CompletionStage<Void> saveLink(String hash, long adminId, Instant expiresAt) {
        if (links.putIfAbsent(hash, new Link(adminId, expiresAt)) != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("duplicate link hash"));
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Optional<Long>> useLink(String hash, Instant now) {
        Link link = links.remove(hash);
        return CompletableFuture.completedFuture(Optional.ofNullable(link)
                .filter(found -> now.isBefore(found.expiresAt()))
                .map(Link::adminId));
    }

    @Override
    public CompletionStage<Void> saveSession(String hash, SignedIn signedIn, Instant expiresAt) {
        sessions.put(hash, new Session(signedIn, expiresAt));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Optional<SignedIn>> findSession(String hash, Instant now) {
        return CompletableFuture.completedFuture(Optional.ofNullable(sessions.get(hash))
                .filter(found -> now.isBefore(found.expiresAt()))
                .map(Session::signedIn));
    }

    /** The hashes stored, to show that no secret is. */
    public Set<String> storedHashes() {
        Set<String> all = new HashSet<>(links.keySet());
        all.addAll(sessions.keySet());
        return all;
    }
}
