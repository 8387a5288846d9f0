package io.vipgate.telegram;

import java.time.Duration;

/**
 * What the adapter reports about its own work, for metrics kept elsewhere: every Bot API attempt and every update
 * taken in. Outcomes and types are short fixed words, never ids, so that whatever counts them stays small.
 */
public interface TelegramObserver {

    TelegramObserver NONE = new TelegramObserver() {
        @Override
        public void apiCall(String method, String outcome, Duration took) {}

        @Override
        public void update(String type, String outcome, Duration took) {}
    };

    /** One HTTP attempt at {@code method}; {@code outcome} is {@code ok} or the error's kind (e.g. too_many_requests). */
    void apiCall(String method, String outcome, Duration took);

    /** One update taken in: its type (message, chat_join_request, …) and how it ended (handled, duplicate, …). */
    void update(String type, String outcome, Duration took);
}
