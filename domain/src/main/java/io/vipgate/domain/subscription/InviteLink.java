package io.vipgate.domain.subscription;

import java.time.Instant;
import java.util.Objects;

/** A personal link into the VIP channel: joining through it asks for approval, given only to its owner. */
public record InviteLink(String url, Instant expiresAt) {

    public InviteLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
