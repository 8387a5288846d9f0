package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One update: its id and the one kind of content the bot asked for ({@code allowed_updates}) it carries. */
@RegisterForReflection
public record Update(
        @JsonProperty("update_id") Integer updateId,
        Message message,
        @JsonProperty("callback_query") CallbackQuery callbackQuery,
        @JsonProperty("pre_checkout_query") PreCheckoutQuery preCheckoutQuery,
        @JsonProperty("chat_join_request") ChatJoinRequest chatJoinRequest,
        @JsonProperty("chat_member") ChatMemberUpdated chatMember,
        @JsonProperty("my_chat_member") ChatMemberUpdated myChatMember) {}
