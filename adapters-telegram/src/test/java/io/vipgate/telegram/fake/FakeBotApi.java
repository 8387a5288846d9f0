package io.vipgate.telegram.fake;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpServer;
import io.vertx.mutiny.core.http.HttpServerRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API on 127.0.0.1 for tests: records every call and answers {@code {"ok":true,...}},
 * or fails the next calls of a method as scripted with {@link #failNext}.
 */
public final class FakeBotApi implements AutoCloseable {

    /** A token shaped like a real one, for tests that need any. */
    public static final String TOKEN = "123456789:AAFakeTokenForTests_xyz-0123456789";

    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<FakeFailure>> script = new ConcurrentHashMap<>();
    private final FakeReplies replies = new FakeReplies();
    private final Map<String, FakeHold> holds = new ConcurrentHashMap<>();
    private final FakeStars stars = new FakeStars();
    private HttpServer server;

    private FakeBotApi(Vertx vertx, boolean ownsVertx) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
    }

    /** Starts on a random loopback port, on a Vert.x instance of its own that {@link #close()} closes. */
    public static FakeBotApi start() {
        return new FakeBotApi(Vertx.vertx(), true).listen();
    }

    /** Starts on a random loopback port of {@code vertx}, which stays open after {@link #close()}. */
    public static FakeBotApi start(Vertx vertx) {
        return new FakeBotApi(vertx, false).listen();
    }

    private FakeBotApi listen() {
        server = vertx.createHttpServer()
                .requestHandler(this::handle)
                .listen(0, "127.0.0.1")
                .await()
                .atMost(Duration.ofSeconds(10));
        return this;
    }

    /** The URL to configure as the Bot API base, such as {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** Fails the next {@code times} calls of {@code method} (case-insensitive) with {@code failure}. */
    public void failNext(String method, int times, FakeFailure failure) {
        Queue<FakeFailure> queue =
                script.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ConcurrentLinkedQueue<>());
        for (int i = 0; i < times; i++) {
            queue.add(failure);
        }
    }

    /** Keeps back the answers to {@code method} (recording the calls at once) until the hold is released. */
    public FakeHold hold(String method) {
        FakeHold hold = new FakeHold();
        holds.put(method.toLowerCase(Locale.ROOT), hold);
        return hold;
    }

    /** Answers {@code method} with {@code result(body)} from now on, instead of the default result. */
    public void reply(String method, Function<JsonObject, Object> result) {
        replies.override(method, result);
    }

    /** Queues an update for {@code getUpdates}, which returns it until an offset past its update_id. */
    public void enqueueUpdate(JsonObject update) {
        replies.enqueueUpdate(update);
    }

    /**
     * Records an incoming Stars payment, as {@code getStarTransactions} will list it (and {@code refundStarPayment}
     * will know it); {@code subscriptionPeriod} is null for a one-time payment.
     */
    public void starPayment(
            String chargeId, long userId, int amount, String payload, Integer subscriptionPeriod, Instant date) {
        stars.payment(chargeId, userId, amount, payload, subscriptionPeriod, date);
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String method) {
        return calls.stream().filter(call -> call.is(method)).toList();
    }

    @Override
    public void close() {
        server.close().await().atMost(Duration.ofSeconds(10));
        if (ownsVertx) {
            vertx.close().await().atMost(Duration.ofSeconds(10));
        }
    }

    private void handle(HttpServerRequest request) {
        request.body()
                .subscribe()
                .with(
                        body -> answer(request, body),
                        failure -> request.connection().closeAndForget());
    }

    private void answer(HttpServerRequest request, Buffer body) {
        Matcher path = PATH.matcher(request.path());
        if (!path.matches()) {
            respond(request, 404, error(404, "Not Found", null));
            return;
        }
        String method = path.group(2).toLowerCase(Locale.ROOT);
        JsonObject json = parse(body);
        calls.add(new RecordedCall(path.group(2), path.group(1), json, Instant.now(), System.nanoTime()));
        FakeHold hold = holds.get(method);
        if (hold == null) {
            answerAsScripted(request, method, json);
        } else {
            hold.then(() -> answerAsScripted(request, method, json));
        }
    }

    private void answerAsScripted(HttpServerRequest request, String method, JsonObject json) {
        Queue<FakeFailure> failures = script.get(method);
        switch (failures == null ? null : failures.poll()) {
            case null -> answerAsDocumented(request, method, json);
            case FakeFailure.Status status ->
                respond(request, status.code(), error(status.code(), status.description(), status.retryAfter()));
            case FakeFailure.Drop drop -> request.connection().closeAndForget();
            case FakeFailure.Hang hang -> {}
        }
    }

    /** Stars methods answer from what the fake knows of the bot's Stars; every other method from its replies. */
    private void answerAsDocumented(HttpServerRequest request, String method, JsonObject json) {
        Optional<String> refused = method.equals("refundstarpayment") ? stars.refund(json) : Optional.empty();
        if (refused.isPresent()) {
            respond(request, 400, error(400, refused.get(), null));
            return;
        }
        Object result = method.equals("getstartransactions") ? stars.page(json) : replies.resultFor(method, json);
        respond(request, 200, new JsonObject().put("ok", true).put("result", result));
    }

    private static JsonObject error(int code, String description, Integer retryAfter) {
        JsonObject error =
                new JsonObject().put("ok", false).put("error_code", code).put("description", description);
        return retryAfter == null ? error : error.put("parameters", new JsonObject().put("retry_after", retryAfter));
    }

    private static JsonObject parse(Buffer body) {
        try {
            return body.length() == 0 ? new JsonObject() : new JsonObject(body.toString());
        } catch (RuntimeException notJson) {
            return new JsonObject().put("_raw", body.toString());
        }
    }

    private static void respond(HttpServerRequest request, int status, JsonObject json) {
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .endAndForget(json.encode());
    }
}
