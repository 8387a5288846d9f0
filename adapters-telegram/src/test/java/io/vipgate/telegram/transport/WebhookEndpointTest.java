package io.vipgate.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.WebhookEndpoint.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook lets in only Telegram, only updates, each once, and answers with the reply as a method call. */
class WebhookEndpointTest {

    private static final String SECRET = "s3cret-for-the-webhook_0123";
    private final StubUseCases stubs = new StubUseCases();
    private final MemoryUpdateClaims claims = new MemoryUpdateClaims();
    private final TelegramStatus status = new TelegramStatus(TransportSettings.Mode.WEBHOOK);
    private final WebhookEndpoint endpoint =
            new WebhookEndpoint(settings(TransportSettings.Mode.WEBHOOK), status, Bots.intake(stubs, claims));

    @BeforeEach
    void botKnown() {
        status.botKnown("vipgate_test_bot");
    }

    private static TransportSettings settings(TransportSettings.Mode mode) {
        Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(10));
        return new TransportSettings(
                mode,
                mode == TransportSettings.Mode.WEBHOOK
                        ? Optional.of("https://bot.example.com/telegram/webhook")
                        : Optional.empty(),
                Optional.of(SECRET),
                Duration.ofSeconds(30),
                Duration.ofMillis(10),
                backoff,
                backoff);
    }

    /** As the route does: the answer, once its response was written. */
    private Answer post(String secret, String body) {
        Answer answer = receive(secret, body);
        endpoint.responded(answer, true);
        return answer;
    }

    /** The answer, its response not written yet. */
    private Answer receive(String secret, String body) {
        return endpoint.receive(secret, body.getBytes(StandardCharsets.UTF_8))
                .await()
                .indefinitely();
    }

    @Test
    void aCommand_isAnsweredInTheResponseBody_asAMethodCall() {
        Answer answer = post(SECRET, FakeUpdates.message(42, "en", "/status").encode());

        assertThat(answer.status()).isEqualTo(200);
        JsonObject reply = new JsonObject(answer.json().orElseThrow());
        assertThat(reply.getString("method")).isEqualToIgnoringCase("sendMessage");
        assertThat(reply.getString("chat_id")).isEqualTo("42");
        assertThat(reply.getString("parse_mode")).isEqualTo("HTML");
        assertThat(reply.getString("text")).contains("not a VIP subscriber");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "wrong", "s3cret-for-the-webhook_012", "s3cret-for-the-webhook_01234"})
    void aMissingOrWrongSecret_isUnauthorized_andNothingIsHandled(String secret) {
        assertThat(post(secret, FakeUpdates.message(42, "en", "/status").encode())
                        .status())
                .isEqualTo(401);
        assertThat(stubs.seen).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[]", "null", "{}", "{\"update_id\":\"x\"}", "\"text\""})
    void somethingThatIsNoUpdate_isABadRequest(String body) {
        assertThat(post(SECRET, body).status()).isEqualTo(400);
    }

    @Test
    void unknownFields_fromANewerBotApi_areTolerated() {
        JsonObject update = FakeUpdates.message(42, "en", "/help").put("brand_new_field", new JsonObject().put("x", 1));
        update.getJsonObject("message").put("another_new_field", true);

        assertThat(post(SECRET, update.encode()).status()).isEqualTo(200);
    }

    @Test
    void aBodyOverOneMebibyte_isTooLarge() {
        String big = FakeUpdates.message(42, "en", "x".repeat(WebhookEndpoint.MAX_BODY_BYTES))
                .encode();

        assertThat(post(SECRET, big).status()).isEqualTo(413);
    }

    @Test
    void aDuplicate_getsOk_withoutBeingHandledAgain() {
        String update = FakeUpdates.message(42, "en", "/status").encode();

        assertThat(post(SECRET, update).json()).isPresent();
        Answer again = post(SECRET, update);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEmpty();
        assertThat(stubs.calls).containsExactly("status 42");
    }

    @Test
    void anUpdateThatCannotBeRecorded_isUnavailable_soTelegramRetries() {
        claims.down = true;

        assertThat(post(SECRET, FakeUpdates.message(42, "en", "/status").encode())
                        .status())
                .isEqualTo(503);
    }

    @Test
    void anUpdateClaimedElsewhereAndNotDone_is503_andNotHandled_untilItIsDone() {
        String update = FakeUpdates.message(42, "en", "/status").encode();
        long id = new JsonObject(update).getLong("update_id");
        claims.busyElsewhere.add(id);

        assertThat(post(SECRET, update).status()).isEqualTo(503);
        assertThat(stubs.calls).isEmpty();

        claims.done.add(id);
        assertThat(post(SECRET, update).status()).isEqualTo(200);
        assertThat(stubs.calls).isEmpty();
    }

    @Test
    void aHandledUpdate_isMarkedDone_onlyOnceThe200CarryingItsReplyWasWritten() {
        String update = FakeUpdates.message(42, "en", "/status").encode();
        long id = new JsonObject(update).getLong("update_id");

        Answer answer = receive(SECRET, update);
        int callsOfOneHandling = stubs.calls.size();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(claims.done).isEmpty();
        assertThat(receive(SECRET, update).status())
                .as("redelivered before the 200 went out: busy")
                .isEqualTo(503);

        endpoint.responded(answer, true);

        assertThat(claims.done).containsExactly(id);
        assertThat(post(SECRET, update).json()).as("a duplicate now").isEmpty();
        assertThat(stubs.calls).hasSize(callsOfOneHandling);
    }

    @Test
    void aHandledUpdate_whose200CouldNotBeWritten_isHandledAgainWhenRedelivered() {
        String update = FakeUpdates.message(42, "en", "/status").encode();

        endpoint.responded(receive(SECRET, update), false);
        int callsOfOneHandling = stubs.calls.size();

        assertThat(claims.done).isEmpty();
        Answer again = post(SECRET, update);
        assertThat(again.json()).as("handled again: the reply is made again").isPresent();
        assertThat(stubs.calls).hasSize(2 * callsOfOneHandling);
    }

    @Test
    void beforeTelegramAnsweredGetMe_updatesWait() {
        WebhookEndpoint early = new WebhookEndpoint(
                settings(TransportSettings.Mode.WEBHOOK),
                new TelegramStatus(TransportSettings.Mode.WEBHOOK),
                Bots.intake(stubs, claims));

        assertThat(early.receive(
                                SECRET,
                                FakeUpdates.message(42, "en", "/status")
                                        .encode()
                                        .getBytes())
                        .await()
                        .indefinitely()
                        .status())
                .isEqualTo(503);
    }

    @Test
    void inPollingMode_thereIsNoWebhook() {
        WebhookEndpoint polling =
                new WebhookEndpoint(settings(TransportSettings.Mode.POLLING), status, Bots.intake(stubs, claims));

        assertThat(polling.receive(SECRET, "{}".getBytes())
                        .await()
                        .indefinitely()
                        .status())
                .isEqualTo(404);
    }
}
