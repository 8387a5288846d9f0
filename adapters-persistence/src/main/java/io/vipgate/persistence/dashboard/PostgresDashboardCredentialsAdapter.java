package io.vipgate.persistence.dashboard;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.dashboard.port.in.SignedIn;
import io.vipgate.application.dashboard.port.out.DashboardCredentials;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The dashboard's links and sessions; a link is used by one conditional UPDATE, so a race has one winner. Each new
 * link or session first deletes those that ended a day ago: admins sign in rarely, so the tables stay small
 * without a job of their own.
 */
@ApplicationScoped
@Typed(PostgresDashboardCredentialsAdapter.class)
public class PostgresDashboardCredentialsAdapter implements DashboardCredentials {

    private static final String USE_LINK = """
            UPDATE dashboard_login_link SET used_at = ?2
            WHERE hash = ?1 AND used_at IS NULL AND expires_at > ?2
            RETURNING admin_id
            """;
    private static final String FIND_SESSION = """
            SELECT admin_id, csrf_token FROM dashboard_session WHERE hash = ?1 AND expires_at > ?2
            """;

    /** How long past its end a link or session is kept (a new one's end minus this covers its own lifetime too). */
    private static final Duration STALE = Duration.ofDays(2);

    private final ReactiveWork work;

    PostgresDashboardCredentialsAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<Void> saveLink(String hash, long adminId, Instant expiresAt) {
        return work.run(() -> Panache.withTransaction(
                () -> NativeSql.update("DELETE FROM dashboard_login_link WHERE expires_at < ?1", expiresAt.minus(STALE))
                        .chain(() -> NativeSql.update(
                                "INSERT INTO dashboard_login_link (hash, admin_id, expires_at) VALUES (?1, ?2, ?3)",
                                hash,
                                adminId,
                                expiresAt))
                        .replaceWithVoid()));
    }

    @Override
    public CompletionStage<Optional<Long>> useLink(String hash, Instant now) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.list(Object.class, USE_LINK, hash, now)
                .map(rows -> rows.stream().findFirst().map(NativeSql::number))));
    }

    @Override
    public CompletionStage<Void> saveSession(String hash, SignedIn signedIn, Instant expiresAt) {
        return work.run(() -> Panache.withTransaction(
                () -> NativeSql.update("DELETE FROM dashboard_session WHERE expires_at < ?1", expiresAt.minus(STALE))
                        .chain(() -> NativeSql.update(
                                "INSERT INTO dashboard_session (hash, admin_id, csrf_token, expires_at)"
                                        + " VALUES (?1, ?2, ?3, ?4)",
                                hash,
                                signedIn.adminId(),
                                signedIn.csrfToken(),
                                expiresAt))
                        .replaceWithVoid()));
    }

    @Override
    public CompletionStage<Optional<SignedIn>> findSession(String hash, Instant now) {
        return work.run(() -> Panache.withSession(() -> NativeSql.list(Object[].class, FIND_SESSION, hash, now)
                .map(rows -> rows.stream()
                        .findFirst()
                        .map(row -> new SignedIn(NativeSql.number(row[0]), (String) row[1])))));
    }
}
