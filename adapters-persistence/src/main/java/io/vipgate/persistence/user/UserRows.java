package io.vipgate.persistence.user;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;

/** Statements on {@code app_user} that other adapters need inside their own transactions. */
public final class UserRows {

    private UserRows() {}

    /** Makes sure a row exists for {@code userId} (an admin may act on a user the bot never saw). */
    public static Uni<Integer> ensure(long userId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "INSERT INTO app_user (id) VALUES (?1) ON CONFLICT (id) DO NOTHING")
                        .setParameter(1, userId)
                        .executeUpdate());
    }

    /** Ensures and locks the user's row until commit: every change to one user's subscription queues here. */
    public static Uni<UserEntity> lock(long userId) {
        return ensure(userId)
                .chain(ignored -> Panache.getSession()
                        .chain(session -> session.find(UserEntity.class, userId, LockModeType.PESSIMISTIC_WRITE)));
    }
}
