package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Someone's standing in a chat changed, by their own doing or {@code from}'s. */
@RegisterForReflection
public record ChatMemberUpdated(
        Chat chat,
        User from,
        @JsonProperty("old_chat_member") ChatMember oldChatMember,
        @JsonProperty("new_chat_member") ChatMember newChatMember) {}
