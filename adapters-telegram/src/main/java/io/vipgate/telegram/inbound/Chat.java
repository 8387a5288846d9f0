package io.vipgate.telegram.inbound;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The chat an update happened in: {@code type} is private, group, supergroup or channel. */
@RegisterForReflection
public record Chat(Long id, String type) {

    public boolean isPrivate() {
        return "private".equals(type);
    }
}
