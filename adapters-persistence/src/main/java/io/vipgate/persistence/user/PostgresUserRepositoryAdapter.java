package io.vipgate.persistence.user;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.support.SingleStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Users in PostgreSQL. */
@ApplicationScoped
@Typed(PostgresUserRepositoryAdapter.class)
public class PostgresUserRepositoryAdapter implements UserRepository {

    /**
     * Writes only when something changed: most updates come from users the bot already knows as they are. Telegram
     * leaves {@code language_code} out of some updates; that says nothing about the user's language, so the
     * known one stays. An absent username or last name, on the other hand, means the user removed it.
     */
    private static final String UPSERT = """
            INSERT INTO app_user (id, first_name, last_name, username, language_code, reachable)
            VALUES (?1, ?2, ?3, ?4, ?5, true)
            ON CONFLICT (id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                username = EXCLUDED.username,
                language_code = COALESCE(EXCLUDED.language_code, app_user.language_code), reachable = true,
                updated_at = now()
            WHERE (app_user.first_name, app_user.last_name, app_user.username, app_user.language_code,
                   app_user.reachable)
                IS DISTINCT FROM (EXCLUDED.first_name, EXCLUDED.last_name, EXCLUDED.username,
                   COALESCE(EXCLUDED.language_code, app_user.language_code), true)
            """;

    private static final String UNREACHABLE = """
            INSERT INTO app_user (id, reachable) VALUES (?1, false)
            ON CONFLICT (id) DO UPDATE SET reachable = false, updated_at = now() WHERE app_user.reachable
            """;

    private final UserPanacheRepository users;
    private final ReactiveWork work;
    private final SingleStatements statements;

    PostgresUserRepositoryAdapter(UserPanacheRepository users, ReactiveWork work, SingleStatements statements) {
        this.users = users;
        this.work = work;
        this.statements = statements;
    }

    @Override
    public CompletionStage<Void> upsert(BotUser user) {
        // Every update runs this: one statement, atomic alone, so it skips the session and transaction.
        return statements
                .update(
                        UPSERT,
                        user.id(),
                        user.firstName(),
                        user.lastName().orElse(null),
                        user.username().orElse(null),
                        user.languageCode().orElse(null))
                .thenApply(changed -> null);
    }

    @Override
    public CompletionStage<Optional<BotUser>> find(long userId) {
        return work.run(() -> Panache.withSession(
                () -> users.findById(userId).map(row -> Optional.ofNullable(row).map(UserMappers::user))));
    }

    @Override
    public CompletionStage<Void> markUnreachable(long userId) {
        return work.run(() -> Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(UNREACHABLE)
                                .setParameter(1, userId)
                                .executeUpdate()))
                .replaceWithVoid());
    }
}
