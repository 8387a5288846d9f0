package io.vipgate.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lean fake Bot API on loopback: answers every method at once with a plausible {@code ok} result, counts calls per
 * method, and can add a fixed latency (to every method, or to one), answer 429 with {@code retry_after} for a while,
 * and serve {@code getUpdates} from an {@link UpdateQueue}. Unlike the test fake it records nothing else, so that it
 * stays out of the way of the load it serves, unless a drill hands it a {@link CallLog}.
 */
public final class FakeTelegram implements AutoCloseable {

    static final long BOT_ID = 777000111L;
    private static final String BOT = "{\"id\":" + BOT_ID
            + ",\"is_bot\":true,\"first_name\":\"vipgate bench\",\"username\":\"vipgate_bench_bot\"}";
    private static final Pattern CHAT_ID = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final Pattern USER_ID = Pattern.compile("\"user_id\"\\s*:\\s*\"?(\\d+)");
    private static final Pattern OFFSET = Pattern.compile("\"offset\"\\s*:\\s*(-?\\d+)");
    private static final Pattern LIMIT = Pattern.compile("\"limit\"\\s*:\\s*(\\d+)");

    private final Vertx vertx;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicLong throttledUntilNanos = new AtomicLong();
    private volatile long latencyMillis;
    private final Map<String, Long> holdMillis = new ConcurrentHashMap<>();
    private final UpdateQueue updates = new UpdateQueue();
    private volatile int retryAfterSeconds;
    private final LongAdder throttled = new LongAdder();
    private volatile CallLog log;
    private HttpServer server;

    public FakeTelegram(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Listens on 127.0.0.1 (port 0 picks a free one) and returns the base URL to hand over as TELEGRAM_API_URL. */
    public String start(int port) throws Exception {
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port).setTcpNoDelay(true))
                .requestHandler(this::handle);
        server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return "http://127.0.0.1:" + server.actualPort();
    }

    public void latency(long millis) {
        latencyMillis = millis;
    }

    /**
     * Answers {@code method} (lower case) only {@code millis} after it arrived, so that the application is in the
     * middle of whatever waits on it; 0 takes the hold away.
     */
    public void hold(String method, long millis) {
        holdMillis.put(method, millis);
    }

    /** What {@code getUpdates} serves: updates put there wait until a poll past them confirms them. */
    public UpdateQueue updates() {
        return updates;
    }

    /** Answers every sending method with 429 and {@code retry_after} for the next {@code seconds}. */
    public void throttleFor(int seconds) {
        retryAfterSeconds = Math.max(1, seconds);
        throttledUntilNanos.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
    }

    /** Calls per method (lower case, as the path has it) so far, sorted by name. */
    public Map<String, Long> calls() {
        Map<String, Long> snapshot = new TreeMap<>();
        calls.forEach((method, count) -> snapshot.put(method, count.sum()));
        return snapshot;
    }

    public long calls(String method) {
        LongAdder count = calls.get(method);
        return count == null ? 0 : count.sum();
    }

    /** Records every request from now on in {@code calls}. */
    void record(CallLog calls) {
        log = calls;
    }

    public long throttled() {
        return throttled.sum();
    }

    public void reset() {
        calls.clear();
        throttled.reset();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        request.body().onSuccess(body -> {
            if (isThrottled(method)) {
                throttled.increment();
                long left = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(throttledUntilNanos.get() - System.nanoTime()) + 1);
                long retryAfter = Math.min(left, retryAfterSeconds);
                logged(method, body, 429, retryAfter);
                answer(request, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                        + left + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}", method);
                return;
            }
            logged(method, body, 200, 0);
            calls.computeIfAbsent(method, m -> new LongAdder()).increment();
            answer(request, 200, "{\"ok\":true,\"result\":" + result(method, body) + "}", method);
        });
    }

    /** The user a request concerns: {@code user_id} (bans) or else {@code chat_id} (messages to a private chat). */
    private void logged(String method, Buffer body, int status, long retryAfter) {
        CallLog calls = log;
        if (calls != null) {
            Matcher user = USER_ID.matcher(body.toString());
            Matcher chat = CHAT_ID.matcher(body.toString());
            long subject = user.find() ? Long.parseLong(user.group(1)) : chat.find() ? Long.parseLong(chat.group(1)) : 0;
            calls.record(method, subject, status, (int) retryAfter, body.toString());
        }
    }

    private boolean isThrottled(String method) {
        return throttledUntilNanos.get() - System.nanoTime() > 0 && !method.startsWith("get")
                && !method.startsWith("set") && !method.equals("deletewebhook");
    }

    private void answer(HttpServerRequest request, int status, String json, String method) {
        Runnable send = () -> request.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json").end(json);
        long delay = Math.max(latencyMillis, holdMillis.getOrDefault(method, 0L));
        if (delay > 0) {
            vertx.setTimer(delay, id -> send.run());
        } else {
            send.run();
        }
    }

    private String result(String method, Buffer body) {
        return switch (method) {
            case "getme" -> BOT;
            case "getupdates" -> updates.poll(number(OFFSET, body, 0), number(LIMIT, body, 100));
            case "sendmessage", "editmessagetext" -> message(body);
            case "createchatinvitelink" -> "{\"invite_link\":\"https://t.me/+bench" + ids.incrementAndGet()
                    + "\",\"creator\":" + BOT + ",\"creates_join_request\":false,\"is_primary\":false,"
                    + "\"is_revoked\":false,\"member_limit\":1}";
            case "getwebhookinfo" -> "{\"url\":\"\",\"has_custom_certificate\":false,\"pending_update_count\":0}";
            default -> "true";
        };
    }

    private static int number(Pattern field, Buffer body, int absent) {
        Matcher value = field.matcher(body.toString());
        return value.find() ? Integer.parseInt(value.group(1)) : absent;
    }

    private String message(Buffer body) {
        Matcher chat = CHAT_ID.matcher(body.toString());
        String chatId = chat.find() ? chat.group(1) : "1";
        return "{\"message_id\":" + ids.incrementAndGet() + ",\"date\":" + Instant.now().getEpochSecond()
                + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"" + (chatId.startsWith("-") ? "channel" : "private")
                + "\"},\"from\":" + BOT + ",\"text\":\"ok\"}";
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
