package io.vipgate.bootstrap.health;

import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Whether PostgreSQL answers right now: asked only after a handler failed, to tell an outage (not the update's
 * fault) from a poison update. Redis needs no probe: while it fails every call falls back to PostgreSQL.
 */
@ApplicationScoped
public class StoresProbe {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    private final Pool database;

    StoresProbe(Pool database) {
        this.database = database;
    }

    /** True when {@code SELECT 1} comes back within two seconds; false on any failure or silence. */
    public CompletionStage<Boolean> answer() {
        return database.query("SELECT 1")
                .execute()
                .replaceWith(true)
                .ifNoItem()
                .after(LIMIT)
                .recoverWithItem(false)
                .onFailure()
                .recoverWithItem(false)
                .subscribeAsCompletionStage();
    }
}
