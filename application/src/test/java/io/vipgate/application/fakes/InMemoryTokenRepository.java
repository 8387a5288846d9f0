package io.vipgate.application.fakes;

import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import io.vipgate.domain.token.TokenState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Tokens in a map keyed by hash, as the database would hold them. */
public final class InMemoryTokenRepository implements TokenRepository {

    private final Map<TokenHash, InvitationToken> byHash = new LinkedHashMap<>();
    private int lookups;

    @Override
    public CompletionStage<Void> add(InvitationToken token) {
        if (byHash.putIfAbsent(token.hash(), token) != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("duplicate token hash"));
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<List<InvitationToken>> live(Instant now) {
        return CompletableFuture.completedFuture(byHash.values().stream()
                .filter(t -> t.stateAt(now) == TokenState.LIVE)
                .sorted(Comparator.comparing(InvitationToken::mintedAt).reversed())
                .toList());
    }

    @Override
    public CompletionStage<List<InvitationToken>> findByHashOrPrefix(TokenHash hash, String prefix) {
        lookups++;
        return CompletableFuture.completedFuture(byHash.values().stream()
                .filter(t -> t.hash().equals(hash) || t.prefix().startsWith(prefix))
                .toList());
    }

    @Override
    public CompletionStage<Boolean> revoke(TokenHash hash) {
        InvitationToken token = byHash.get(hash);
        if (token == null || token.revoked()) {
            return CompletableFuture.completedFuture(false);
        }
        byHash.put(hash, token.revokedNow());
        return CompletableFuture.completedFuture(true);
    }

    public Optional<InvitationToken> get(TokenHash hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    public void replace(InvitationToken token) {
        byHash.put(token.hash(), token);
    }

    public List<InvitationToken> all() {
        return new ArrayList<>(byHash.values());
    }

    /** How often the service searched for tokens. */
    public int lookups() {
        return lookups;
    }
}
