package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.command.Async;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Tells an outage (a store or Telegram unreachable, slow or failing) from a handler failing on a healthy system:
 * only the latter counts towards retiring a poison update. A failure of a known outage kind is one; any other is
 * one too while the stores do not answer a probe, since a store's error can come wrapped in many shapes.
 */
public final class Outages {

    /** Never an outage: for tests that want every failure to count. */
    public static final Outages NONE = new Outages(() -> java.util.concurrent.CompletableFuture.completedFuture(true));

    private static final int MAX_DEPTH = 16;

    private final Supplier<? extends CompletionStage<Boolean>> storesAnswer;

    /** {@code storesAnswer} probes PostgreSQL and Redis: true while both answer (or Redis is not used). */
    public Outages(Supplier<? extends CompletionStage<Boolean>> storesAnswer) {
        this.storesAnswer = storesAnswer;
    }

    /** True when {@code failure} is (or may well be) an outage rather than the update's fault. */
    public Uni<Boolean> isOutage(Throwable failure) {
        if (knownOutage(failure)) {
            return Uni.createFrom().item(true);
        }
        return Async.<Boolean>uni(storesAnswer::get)
                .map(answer -> !answer)
                .onFailure()
                .recoverWithItem(true);
    }

    /** Telegram 5xx, 429 or no answer; a connection refused, reset or timed out anywhere in the cause chain. */
    static boolean knownOutage(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof BotApiException.ServerError
                    || cause instanceof BotApiException.NetworkError
                    || cause instanceof BotApiException.TooManyRequests
                    || cause instanceof ConnectException
                    || cause instanceof SocketException
                    || cause instanceof UnknownHostException
                    || cause instanceof ClosedChannelException
                    || cause instanceof TimeoutException
                    || cause.getClass().getName().endsWith("ClosedConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
