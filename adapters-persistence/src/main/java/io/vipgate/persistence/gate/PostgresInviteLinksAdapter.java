package io.vipgate.persistence.gate;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.gate.port.out.InviteLinks;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The {@code invite_link} table. The user's row lock serialises two replacements for one user, so that of two
 * {@code /link} racing each other the later one revokes the earlier: one live link is left, never two.
 */
@ApplicationScoped
@Typed(PostgresInviteLinksAdapter.class)
public class PostgresInviteLinksAdapter implements InviteLinks {

    private static final String REVOKE_LIVE = """
            UPDATE invite_link SET revoked_at = ?2
            WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
            RETURNING url
            """;
    private static final String INSERT = """
            INSERT INTO invite_link (url, user_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)
            """;

    private final ReactiveWork work;

    PostgresInviteLinksAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<List<String>> replace(long userId, InviteLink link, Instant now) {
        return work.run(() -> Panache.withTransaction(() -> UserRows.lock(userId)
                .chain(locked -> NativeSql.list(String.class, REVOKE_LIVE, userId, now))
                .chain(replaced -> NativeSql.update(INSERT, link.url(), userId, now, link.expiresAt())
                        .replaceWith(replaced))));
    }
}
