package io.vipgate.telegram.transport;

import io.vipgate.telegram.inbound.Update;

/** Names an update by the one field Telegram filled in, with the words of {@code allowed_updates}. */
final class UpdateTypes {

    private UpdateTypes() {}

    static String of(Update update) {
        if (update.message() != null) {
            // As the dispatcher reads it: text starting with a slash, whatever entities the client attached.
            if (update.message().successfulPayment() != null) {
                return "successful_payment";
            }
            String text = update.message().text();
            return text != null && text.startsWith("/") ? "command" : "message";
        }
        if (update.callbackQuery() != null) {
            return "callback_query";
        }
        if (update.preCheckoutQuery() != null) {
            return "pre_checkout_query";
        }
        if (update.chatJoinRequest() != null) {
            return "chat_join_request";
        }
        if (update.chatMember() != null) {
            return "chat_member";
        }
        if (update.myChatMember() != null) {
            return "my_chat_member";
        }
        return "other";
    }
}
