package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Someone asking to join a channel; {@code userChatId} reaches them before they ever wrote to the bot. */
@RegisterForReflection
public record ChatJoinRequest(
        Chat chat, User from, @JsonProperty("user_chat_id") Long userChatId) {}
