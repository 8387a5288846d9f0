package io.vipgate.application.messaging.port.out;

import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Duration;
import java.time.Instant;

/** What the bot tells a user on its own initiative; the Telegram adapter words it in their language. */
public sealed interface Notice {

    /** VIP ends in {@code timeLeft}, at {@code expiresAt}. */
    record ExpiryReminder(Instant expiresAt, Duration timeLeft) implements Notice {}

    /** VIP ended; the user was removed from the channel and may renew with a new token. */
    record AccessExpired() implements Notice {}

    /** An admin ended VIP early. */
    record AccessRevoked() implements Notice {}

    /** An admin granted VIP time; {@code link} lets them in. */
    record AccessGranted(Instant expiresAt, InviteLink link) implements Notice {}

    /** The free-channel join request was received; it is approved at {@code approvableAt}. */
    record FreeRequestQueued(Instant approvableAt) implements Notice {}

    /** The free-channel join request was approved. */
    record FreeRequestApproved() implements Notice {}

    /** A renewal committed while the bot was removing the user at expiry: they are let back in with {@code link}. */
    record Readmitted(Instant expiresAt, InviteLink link) implements Notice {}

    /** The user joined the VIP channel without an active subscription and was removed; how to get one. */
    record TurnedAway() implements Notice {}

    /** To an admin: Telegram refuses for good to remove {@code userId}, so their subscription ended without it. */
    record RemovalRefused(long userId, String name, RemovalRefusal reason) implements Notice {}

    /** An admin's broadcast, sent as the admin wrote it. */
    record Broadcast(String text) implements Notice {}
}
