package io.vipgate.telegram.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.smallrye.mutiny.Uni;
import io.vipgate.telegram.inbound.Update;
import io.vipgate.telegram.inbound.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * The webhook's decisions, free of any web framework: who may post (the secret), what is an update, and what
 * Telegram hears back. A reply travels in the response body, which saves an outbound request, unless replies are
 * to be sent with calls of their own.
 */
public final class WebhookEndpoint {

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** Bound once: a writer made per call looks its serialisers up again. */
    private static final ObjectWriter METHODS = new ObjectMapper().writer();

    /**
     * What to answer Telegram: an HTTP status and, with 200, maybe one Bot API method call as JSON. {@code handled}
     * is the update whose claim waits for {@link #responded}.
     */
    public record Answer(int status, Optional<String> json, Optional<Update> handled) {

        static Answer of(int status) {
            return new Answer(status, Optional.empty(), Optional.empty());
        }
    }

    private final TransportSettings settings;
    private final TelegramStatus status;
    private final UpdateIntake intake;
    private final Optional<ReplySender> sentReplies;
    private final byte[] expectedSecret;

    public WebhookEndpoint(TransportSettings settings, TelegramStatus status, UpdateIntake intake) {
        this(settings, status, intake, Optional.empty());
    }

    /** With {@code sentReplies}, a reply goes out through it and the response body stays empty. */
    public WebhookEndpoint(
            TransportSettings settings, TelegramStatus status, UpdateIntake intake, Optional<ReplySender> sentReplies) {
        this.settings = settings;
        this.status = status;
        this.intake = intake;
        this.sentReplies = sentReplies;
        this.expectedSecret = settings.secret().orElse("").getBytes(StandardCharsets.UTF_8);
    }

    public Uni<Answer> receive(String secret, byte[] body) {
        if (settings.mode() != TransportSettings.Mode.WEBHOOK) {
            return Uni.createFrom().item(Answer.of(404));
        }
        // The received secret comes first: isEqual's time depends on its first argument's length alone, so neither the
        // expected secret's length nor where a guess differs shows in the time of a 401.
        if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), expectedSecret)) {
            return Uni.createFrom().item(Answer.of(401));
        }
        if (body == null || body.length > MAX_BODY_BYTES) {
            return Uni.createFrom().item(Answer.of(body == null ? 400 : 413));
        }
        Optional<Update> update = Updates.parse(body);
        if (update.isEmpty()) {
            return Uni.createFrom().item(Answer.of(400));
        }
        if (!status.accepting()) {
            return Uni.createFrom().item(Answer.of(503));
        }
        return intake.take(update.get()).chain(outcome -> switch (outcome) {
            case UpdateIntake.Outcome.Handled handled -> answer(update.get(), handled.reply());
            case UpdateIntake.Outcome.Duplicate duplicate -> Uni.createFrom().item(Answer.of(200));
            case UpdateIntake.Outcome.Unavailable unavailable ->
                Uni.createFrom().item(Answer.of(503));
        });
    }

    /**
     * A reply sent on its own is marked done once sent, before the 200. A reply in the body is marked done only once
     * the 200 carrying it was written ({@link #responded}): Telegram runs that reply only if it gets the 200, so a
     * crash before then must leave the claim not done, for the redelivery to be handled and the reply made again.
     */
    private Uni<Answer> answer(Update update, Optional<BotApiMethod<?>> reply) {
        if (reply.isPresent() && sentReplies.isPresent()) {
            return Uni.createFrom()
                    .completionStage(sentReplies.get().send(reply.get()))
                    .chain(() -> intake.settle(update))
                    .replaceWith(Answer.of(200));
        }
        return Uni.createFrom().item(new Answer(200, reply.map(WebhookEndpoint::json), Optional.of(update)));
    }

    /**
     * To be called once the response of {@code answer} was written ({@code written}) or could not be: a handled
     * update is then marked done, or given back so that Telegram's redelivery is handled again.
     */
    public void responded(Answer answer, boolean written) {
        answer.handled().ifPresent(update -> {
            if (written) {
                intake.settle(update).subscribe().with(ignored -> {});
            } else {
                intake.abandon(update);
            }
        });
    }

    /** The method with its {@code "method"} field, as Telegram wants a call made in the response body. */
    static String json(BotApiMethod<?> method) {
        try {
            return METHODS.writeValueAsString(method);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a Bot API method always serialises", impossible);
        }
    }
}
