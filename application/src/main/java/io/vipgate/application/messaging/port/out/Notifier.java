package io.vipgate.application.messaging.port.out;

import io.vipgate.domain.user.BotUser;
import java.util.concurrent.CompletionStage;

/** Sends a user a message in their language; paced by Telegram's limits. */
public interface Notifier {

    /** Never fails: every outcome, a blocked bot included, comes back as a {@link Delivery}. */
    CompletionStage<Delivery> send(BotUser recipient, Notice notice);
}
