package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;

/** Waits on a Vert.x timer, never on a thread; cancelling the wait cancels the timer. */
final class Delays {

    private Delays() {}

    static Uni<Void> sleep(Vertx vertx, Duration delay) {
        long millis = Math.max(1, delay.toMillis());
        return Uni.createFrom().emitter(emitter -> {
            long timer = vertx.setTimer(millis, id -> emitter.complete(null));
            emitter.onTermination(() -> vertx.cancelTimer(timer));
        });
    }
}
