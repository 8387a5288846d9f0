package io.vipgate.telegram.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vipgate.application.messaging.port.out.SendBudget;
import io.vipgate.telegram.TelegramObserver;
import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Non-blocking Telegram Bot API client: posts telegrambots-meta method objects as JSON, fails with a typed
 * {@link BotApiException}, retries what may succeed later, and paces sends to chats.
 */
public final class BotApiClient implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BotApiClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx;
    private final WebClient web;
    private final BotApiSettings settings;
    private final RetryPolicy retry;
    private final SendLimiter limiter;
    private final TelegramObserver observer;
    private final Optional<SendBudget> budget;
    private final FloodPause pause = new FloodPause();

    public BotApiClient(Vertx vertx, BotApiSettings settings) {
        this(vertx, settings, TelegramObserver.NONE, Optional.empty());
    }

    /**
     * With a {@code budget}, sends are paced by it (shared by every replica when it lives in Redis) instead of by
     * this process's own limiter.
     */
    public BotApiClient(Vertx vertx, BotApiSettings settings, TelegramObserver observer, Optional<SendBudget> budget) {
        this.vertx = vertx;
        this.observer = observer;
        this.budget = budget;
        this.settings = settings;
        this.retry = settings.retryPolicy();
        this.limiter = new SendLimiter(vertx, settings.messagesPerSecond(), settings.perChatInterval());
        this.web = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setConnectTimeout((int) Math.min(
                                Integer.MAX_VALUE, settings.requestTimeout().toMillis()))
                        .setMaxPoolSize(20)
                        .setUserAgent("vipgate")
                        .setFollowRedirects(false));
    }

    /**
     * Calls {@code method} without pacing, once no 429 asks every call to wait (a long poll never waits: it sends
     * nothing), retrying 429, 5xx and network errors as the settings allow. Any method that travels as JSON works,
     * {@code setWebhook} without a certificate included.
     */
    public <T extends Serializable> Uni<T> call(PartialBotApiMethod<T> method) {
        return call(method, ResultReader.of(method));
    }

    /** Calls {@code method} as {@link #call(PartialBotApiMethod)} does, reading its answer with {@code reader}. */
    public <R> Uni<R> call(PartialBotApiMethod<?> method, ResultReader<R> reader) {
        if (method instanceof GetUpdates) {
            return withRetries(method, () -> once(method, reader), 1);
        }
        return withRetries(method, () -> pauseOver().chain(() -> once(method, reader)), 1);
    }

    /**
     * Calls {@code method} as {@link #call} does, but only if {@code stillWanted}, asked once any 429 pause is over
     * and before each attempt, answers true; empty when it did not. For calls that must be decided on the state of
     * the moment they go out (a ban), not on what the caller saw before a minute-long pause.
     */
    public <T extends Serializable> Uni<Optional<T>> callIf(
            PartialBotApiMethod<T> method, Supplier<Uni<Boolean>> stillWanted) {
        return withRetries(
                method,
                () -> pauseOver()
                        .chain(() -> stillWanted.get())
                        .chain(wanted -> wanted
                                ? once(method, ResultReader.of(method)).map(Optional::of)
                                : Uni.createFrom().item(Optional.<T>empty())),
                1);
    }

    /**
     * Calls {@code method}, which sends something to {@code chatId}, once the overall and per-chat send rates
     * allow it and no 429 asks every send to wait; every retry queues again.
     */
    public <T extends Serializable> Uni<T> send(long chatId, PartialBotApiMethod<T> method) {
        return withRetries(method, () -> pace(chatId).chain(() -> once(method, ResultReader.of(method))), 1);
    }

    /** Waits out a pause, then for a slot; a pause that began while waiting for the slot is waited out again. */
    private Uni<Void> pace(long chatId) {
        return pauseOver()
                .chain(() -> budget.map(shared -> Uni.createFrom()
                                .completionStage(() -> shared.reserve(chatId))
                                .chain(this::sleep))
                        .orElseGet(() -> limiter.acquire(chatId)))
                .chain(() -> pause.remaining().isZero() ? Uni.createFrom().voidItem() : pace(chatId));
    }

    private Uni<Void> pauseOver() {
        Duration left = pause.remaining();
        return left.isZero() ? Uni.createFrom().voidItem() : sleep(left);
    }

    @Override
    public void close() {
        web.close();
    }

    @Override
    public String toString() {
        return "BotApiClient[" + settings.apiUrl() + "/bot" + BotToken.REDACTED + "]";
    }

    private <R> Uni<R> withRetries(PartialBotApiMethod<?> method, Supplier<Uni<R>> attempt, int n) {
        return Uni.createFrom().<R>deferred(attempt::get).onFailure().recoverWithUni(failure -> {
            Optional<Duration> delay = retry.delayAfter(n, failure);
            if (delay.isEmpty()) {
                return Uni.createFrom().failure(failure);
            }
            LOG.warnf(
                    "Bot API call retrying: method=%s attempt=%d max_attempts=%d delay_ms=%d outcome=%s error=\"%s\"",
                    method.getMethod(),
                    n,
                    retry.maxAttempts(),
                    delay.get().toMillis(),
                    failure.getClass().getSimpleName(),
                    settings.token().redact(failure.getMessage()));
            return sleep(delay.get()).chain(() -> withRetries(method, attempt, n + 1));
        });
    }

    private <R> Uni<R> once(PartialBotApiMethod<?> method, ResultReader<R> reader) {
        String name = method.getMethod();
        Buffer body;
        try {
            method.validate();
            body = Buffer.buffer(JSON.writeValueAsBytes(method));
        } catch (TelegramApiValidationException | JsonProcessingException e) {
            return Uni.createFrom()
                    .failure(new BotApiException.BadRequest(
                            name,
                            "not sent, invalid request: " + settings.token().redact(e.getMessage())));
        }
        BotToken token = settings.token();
        long started = System.nanoTime();
        return web.postAbs(settings.apiUrl() + "/bot" + token.value() + "/" + name)
                .putHeader("Content-Type", "application/json")
                .timeout(timeoutMillis(method))
                .sendBuffer(body)
                .onFailure()
                .transform(e -> new BotApiException.NetworkError(name, token.redact(String.valueOf(e))))
                .map(response ->
                        BotApiResponses.read(name, reader, token, response.statusCode(), response.bodyAsString()))
                .onFailure(BotApiException.TooManyRequests.class)
                .invoke(e -> holdCalls(name, ((BotApiException.TooManyRequests) e).retryAfter()))
                .onItemOrFailure()
                .invoke((result, failure) ->
                        observer.apiCall(name, outcomeOf(failure), Duration.ofNanos(System.nanoTime() - started)));
    }

    /** A flood ban longer than maxRetryAfter fails its call instead; it holds the other calls that long at most. */
    private void holdCalls(String method, Duration retryAfter) {
        Duration wait = retryAfter.compareTo(retry.maxRetryAfter()) > 0 ? retry.maxRetryAfter() : retryAfter;
        if (pause.holdFor(wait)) {
            LOG.warnf(
                    "Telegram asked to slow down: method=%s retry_after_s=%d; every call waits %d ms",
                    method, retryAfter.toSeconds(), wait.toMillis());
        }
    }

    /** {@code ok}, or the failure's kind in snake case: {@code TooManyRequests} becomes {@code too_many_requests}. */
    static String outcomeOf(Throwable failure) {
        if (failure == null) {
            return "ok";
        }
        String kind = failure instanceof BotApiException ? failure.getClass().getSimpleName() : "unexpected";
        return kind.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** A long poll holds the request open for its own timeout, so the request timeout comes on top of it. */
    private long timeoutMillis(PartialBotApiMethod<?> method) {
        long timeout = settings.requestTimeout().toMillis();
        if (method instanceof GetUpdates poll && poll.getTimeout() != null) {
            timeout += Duration.ofSeconds(poll.getTimeout()).toMillis();
        }
        return timeout;
    }

    private Uni<Void> sleep(Duration delay) {
        long millis = Math.max(1, delay.toMillis());
        return Uni.createFrom().emitter(emitter -> {
            long timer = vertx.setTimer(millis, id -> emitter.complete(null));
            emitter.onTermination(() -> vertx.cancelTimer(timer));
        });
    }
}
