package io.vipgate.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field the bot reads, named as the Bot API sends it, among fields it does not know. */
class UpdatesTest {

    private static Update parse(String json) {
        return Updates.parse(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void aCommandInAPrivateChat_readsItsSenderChatAndText_amongFieldsTheBotDoesNotKnow() {
        Update update = parse("""
                {"update_id":901,"message":{"message_id":5,"date":1764000000,"new_field":{"x":[1,2]},
                 "from":{"id":42,"is_bot":false,"first_name":"Ana","last_name":"Ruiz","username":"ana",
                         "language_code":"es","is_premium":true},
                 "chat":{"id":42,"type":"private","first_name":"Ana"},
                 "text":"/status","entities":[{"type":"bot_command","offset":0,"length":7}]}}""");

        assertThat(update.updateId()).isEqualTo(901);
        Message message = update.message();
        assertThat(message.from()).isEqualTo(new User(42L, false, "Ana", "Ruiz", "ana", "es"));
        assertThat(message.chatId()).isEqualTo(42L);
        assertThat(message.inPrivateChat()).isTrue();
        assertThat(message.text()).isEqualTo("/status");
        assertThat(update.callbackQuery()).isNull();
    }

    @Test
    void aGroupMessage_isNotInAPrivateChat() {
        Update update = parse("""
                {"update_id":1,"message":{"from":{"id":42,"is_bot":false,"first_name":"A"},
                 "chat":{"id":-100,"type":"supergroup","title":"g"},"text":"hi"}}""");

        assertThat(update.message().inPrivateChat()).isFalse();
    }

    @Test
    void payments_readTheirChargeAmountPayloadAndRenewal() {
        Update paid = parse("""
                {"update_id":2,"message":{"from":{"id":7,"is_bot":false,"first_name":"P"},
                 "chat":{"id":7,"type":"private"},
                 "successful_payment":{"currency":"XTR","total_amount":250,"invoice_payload":"order:9",
                  "subscription_expiration_date":1766000000,"is_recurring":true,"is_first_recurring":false,
                  "telegram_payment_charge_id":"stxABC","provider_payment_charge_id":""}}}""");
        Update refunded = parse("""
                {"update_id":3,"message":{"from":{"id":7,"is_bot":false,"first_name":"P"},
                 "chat":{"id":7,"type":"private"},
                 "refunded_payment":{"currency":"XTR","total_amount":250,"invoice_payload":"order:9",
                  "telegram_payment_charge_id":"stxABC"}}}""");
        Update checkout = parse("""
                {"update_id":4,"pre_checkout_query":{"id":"q1","from":{"id":7,"is_bot":false,"first_name":"P"},
                 "currency":"XTR","total_amount":250,"invoice_payload":"order:9"}}""");

        assertThat(paid.message().successfulPayment())
                .isEqualTo(new SuccessfulPayment("XTR", 250, "order:9", 1766000000L, true, false, "stxABC"));
        assertThat(refunded.message().refundedPayment()).isEqualTo(new RefundedPayment("stxABC"));
        assertThat(checkout.preCheckoutQuery().id()).isEqualTo("q1");
        assertThat(checkout.preCheckoutQuery().from().id()).isEqualTo(7L);
        assertThat(checkout.preCheckoutQuery().totalAmount()).isEqualTo(250);
        assertThat(checkout.preCheckoutQuery().currency()).isEqualTo("XTR");
        assertThat(checkout.preCheckoutQuery().invoicePayload()).isEqualTo("order:9");
    }

    @Test
    void buttonsJoinRequestsAndMemberChanges_readWhoWhereAndWhat() {
        Update button = parse("""
                {"update_id":5,"callback_query":{"id":"cb1","from":{"id":8,"is_bot":false,"first_name":"B"},
                 "chat_instance":"x","data":"buy:monthly"}}""");
        Update join = parse("""
                {"update_id":6,"chat_join_request":{"chat":{"id":-1002,"type":"channel","title":"Free"},
                 "from":{"id":9,"is_bot":false,"first_name":"J"},"user_chat_id":9,"date":1764000000}}""");
        Update member = parse("""
                {"update_id":7,"chat_member":{"chat":{"id":-1001,"type":"channel"},
                 "from":{"id":1,"is_bot":false,"first_name":"Admin"},"date":1764000000,
                 "old_chat_member":{"status":"left","user":{"id":10,"is_bot":false,"first_name":"M"}},
                 "new_chat_member":{"status":"restricted","is_member":true,"can_send_messages":false,
                  "until_date":0,"user":{"id":10,"is_bot":false,"first_name":"M"}}}}""");
        Update blocked = parse("""
                {"update_id":8,"my_chat_member":{"chat":{"id":11,"type":"private"},
                 "from":{"id":11,"is_bot":false,"first_name":"K"},"date":1764000000,
                 "old_chat_member":{"status":"member","user":{"id":99,"is_bot":true,"first_name":"bot"}},
                 "new_chat_member":{"status":"kicked","until_date":0,
                  "user":{"id":99,"is_bot":true,"first_name":"bot"}}}}""");

        assertThat(button.callbackQuery())
                .isEqualTo(new CallbackQuery("cb1", button.callbackQuery().from(), "buy:monthly"));
        assertThat(join.chatJoinRequest().chat().id()).isEqualTo(-1002L);
        assertThat(join.chatJoinRequest().from().id()).isEqualTo(9L);
        assertThat(join.chatJoinRequest().userChatId()).isEqualTo(9L);
        assertThat(member.chatMember().oldChatMember().status()).isEqualTo("left");
        assertThat(member.chatMember().newChatMember())
                .isEqualTo(new ChatMember("restricted", new User(10L, false, "M", null, null, null), true));
        assertThat(blocked.myChatMember().chat().isPrivate()).isTrue();
        assertThat(blocked.myChatMember().newChatMember().status()).isEqualTo("kicked");
        assertThat(blocked.myChatMember().newChatMember().user().isBot()).isTrue();
    }

    @Test
    void whatIsNotAnUpdate_readsAsNone() {
        for (String body : List.of(
                "",
                "not json",
                "[]",
                "42",
                "null",
                "{}",
                "{\"message\":{}}",
                "{\"update_id\":\"x\"}",
                "{\"update_id\":1,\"message\":[1]}")) {
            assertThat(Updates.parse(body.getBytes(StandardCharsets.UTF_8)))
                    .as(body)
                    .isEmpty();
        }
    }

    @Test
    void getUpdates_readsTheBatchInOrder_andFailsOnAnAnswerThatIsNotOne() throws IOException {
        List<Update> batch = Updates.batch("""
                {"ok":true,"result":[{"update_id":20,"message":{"text":"a"}},{"update_id":21}]}""");

        assertThat(batch).extracting(Update::updateId).containsExactly(20, 21);
        assertThat(Updates.batch("{\"ok\":true,\"result\":[]}")).isEmpty();
        assertThatThrownBy(() -> Updates.batch("{\"ok\":false,\"error_code\":409,\"description\":\"Conflict\"}"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Updates.batch("{\"ok\":true,\"result\":[{\"message\":{}}]}"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Updates.batch("<html>")).isInstanceOf(IOException.class);
    }
}
