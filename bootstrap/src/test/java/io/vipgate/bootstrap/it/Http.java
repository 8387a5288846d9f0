package io.vipgate.bootstrap.it;

import io.vertx.core.json.JsonObject;
import io.vipgate.application.fakes.Eventually;
import io.vipgate.telegram.transport.WebhookEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Plain HTTP to an application started as a process of its own, the way a platform and Telegram reach it. */
final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(30);

    private Http() {}

    /** The status of {@code GET path}, or -1 when nothing answers. */
    static int status(int port, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url(port, path))
                    .timeout(REQUEST_LIMIT)
                    .GET()
                    .build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException refused) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Posts {@code update} to the webhook as Telegram does, with the secret; the answer comes later. */
    static CompletableFuture<HttpResponse<String>> pushUpdate(int port, JsonObject update) {
        HttpRequest request = HttpRequest.newBuilder(url(port, "/telegram/webhook"))
                .timeout(REQUEST_LIMIT)
                .header("Content-Type", "application/json")
                .header(WebhookEndpoint.SECRET_HEADER, ItSettings.SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update.encode()))
                .build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code GET path} until it answers {@code expected}; after {@code limit}, fails with the output. */
    static void awaitStatus(int port, String path, int expected, Duration limit, PackagedProcess app)
            throws InterruptedException {
        Eventually.until(
                limit,
                () -> status(port, path) == expected || !app.isAlive(),
                () -> path + " did not answer " + expected + " within " + limit + "; output:\n" + app.output());
        if (status(port, path) != expected) {
            throw new AssertionError(path + " did not answer " + expected + "; the process ended:\n" + app.output());
        }
    }

    private static URI url(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
