package io.vipgate.persistence.token;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import io.vipgate.persistence.support.ReactiveWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Invitation tokens in PostgreSQL. */
@ApplicationScoped
@Typed(PostgresTokenRepositoryAdapter.class)
public class PostgresTokenRepositoryAdapter implements TokenRepository {

    private final TokenPanacheRepository tokens;
    private final ReactiveWork work;

    PostgresTokenRepositoryAdapter(TokenPanacheRepository tokens, ReactiveWork work) {
        this.tokens = tokens;
        this.work = work;
    }

    @Override
    public CompletionStage<Void> add(InvitationToken token) {
        return work.run(() -> Panache.withTransaction(() -> tokens.persist(TokenMappers.tokenRow(token)))
                .replaceWithVoid());
    }

    @Override
    public CompletionStage<List<InvitationToken>> live(Instant now) {
        return work.run(() -> Panache.withSession(() -> tokens.find(
                        "revoked = false and validUntil > ?1 and uses < maxUses",
                        Sort.descending("mintedAt", "id"),
                        now)
                .list()
                .map(rows -> rows.stream().map(TokenMappers::token).toList())));
    }

    @Override
    public CompletionStage<List<InvitationToken>> findByHashOrPrefix(TokenHash hash, String prefix) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("an empty prefix would match every token");
        }
        return work.run(() -> Panache.withSession(() -> tokens.find(
                        "hash = ?1 or locate(?2, prefix) = 1", Sort.descending("mintedAt", "id"), hash.hex(), prefix)
                .list()
                .map(rows -> rows.stream().map(TokenMappers::token).toList())));
    }

    @Override
    public CompletionStage<Boolean> revoke(TokenHash hash) {
        return work.run(() -> Panache.withTransaction(
                () -> tokens.update("revoked = true where hash = ?1 and revoked = false", hash.hex())
                        .map(changed -> changed > 0)));
    }
}
