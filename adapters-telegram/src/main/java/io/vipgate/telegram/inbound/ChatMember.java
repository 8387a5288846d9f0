package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One person's standing in a chat; {@code isMember} is only sent with {@code restricted}. */
@RegisterForReflection
public record ChatMember(
        String status, User user, @JsonProperty("is_member") Boolean isMember) {}
