package io.vipgate.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One Redis connection that every command shares, pipelined: commands sent while others are in flight leave in one
 * write and their replies come back in one read. The client's pool lends a connection to one command at a time, so
 * each command cost a system call each way on both ends (at saturation Redis spent 60 % of its CPU in the kernel,
 * {@code /proc/<pid>/stat}). A connection that fails or ends is dropped; the next command opens another.
 */
final class SharedRedisConnection {

    private final Supplier<Redis> client;
    /** The connection being opened or open; null when there is none. A failed opening is removed before it fails. */
    private final AtomicReference<CompletableFuture<RedisConnection>> current = new AtomicReference<>();

    SharedRedisConnection(Supplier<Redis> client) {
        this.client = client;
    }

    Uni<Response> send(Request request) {
        CompletableFuture<RedisConnection> connection = connection();
        if (connection.state() == Future.State.SUCCESS) {
            return connection.resultNow().send(request);
        }
        return Uni.createFrom().completionStage(connection).chain(opened -> opened.send(request));
    }

    private CompletableFuture<RedisConnection> connection() {
        while (true) {
            CompletableFuture<RedisConnection> existing = current.get();
            if (existing != null) {
                return existing;
            }
            CompletableFuture<RedisConnection> opening = new CompletableFuture<>();
            if (current.compareAndSet(null, opening)) {
                client.get()
                        .connect()
                        .subscribe()
                        .with(
                                connection -> {
                                    connection.exceptionHandler(failure -> drop(opening, connection));
                                    connection.endHandler(() -> drop(opening, connection));
                                    opening.complete(connection);
                                },
                                failure -> {
                                    current.compareAndSet(opening, null);
                                    opening.completeExceptionally(failure);
                                });
                return opening;
            }
        }
    }

    private void drop(CompletableFuture<RedisConnection> opening, RedisConnection connection) {
        if (current.compareAndSet(opening, null)) {
            connection.closeAndForget();
        }
    }
}
