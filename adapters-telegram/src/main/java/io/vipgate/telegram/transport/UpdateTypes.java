package io.vipgate.telegram.transport;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Names an update by the one field Telegram filled in, with the words of {@code allowed_updates}. */
final class UpdateTypes {

    private UpdateTypes() {}

    static String of(Update update) {
        if (update.hasMessage()) {
            // As the dispatcher reads it: text starting with a slash, whatever entities the client attached.
            if (update.getMessage().hasSuccessfulPayment()) {
                return "successful_payment";
            }
            String text = update.getMessage().getText();
            return text != null && text.startsWith("/") ? "command" : "message";
        }
        if (update.hasCallbackQuery()) {
            return "callback_query";
        }
        if (update.hasPreCheckoutQuery()) {
            return "pre_checkout_query";
        }
        if (update.hasChatJoinRequest()) {
            return "chat_join_request";
        }
        if (update.hasChatMember()) {
            return "chat_member";
        }
        if (update.hasMyChatMember()) {
            return "my_chat_member";
        }
        return "other";
    }
}
