package io.vipgate.application.broadcast.port.in;

import java.util.concurrent.CompletionStage;

/** {@code /broadcast <text>}: saves a message for every reachable active VIP; the broadcast job sends it. */
public interface StartBroadcastUseCase {

    /** Telegram's limit on a message's text. */
    int MAX_TEXT_LENGTH = 4096;

    /** Throws {@link IllegalArgumentException} for a blank text or one longer than {@link #MAX_TEXT_LENGTH}. */
    CompletionStage<BroadcastStart> start(long adminId, String text);

    /** One case per answer. */
    sealed interface BroadcastStart {

        record Started(long broadcastId, int recipients) implements BroadcastStart {}

        record NoRecipients() implements BroadcastStart {}
    }
}
