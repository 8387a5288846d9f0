package io.vipgate.domain.subscription;

import java.time.Instant;
import java.util.Objects;

/** A personal, single-use link into the VIP channel. */
public record InviteLink(String url, Instant expiresAt) {

    public InviteLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
