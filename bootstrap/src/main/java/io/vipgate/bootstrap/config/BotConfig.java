package io.vipgate.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** The bot's rules as the operator sets them, under {@code vipgate.bot}. */
@ConfigMapping(prefix = "vipgate.bot")
public interface BotConfig {

    /** ADMIN_IDS: the Telegram user ids allowed to use admin commands. */
    Set<Long> adminIds();

    /** REMINDER_OFFSETS: when before expiry to remind, e.g. {@code 3d,1d,1h}. */
    @WithDefault("3d,1d,1h")
    String reminderOffsets();

    /** TOKEN_VALIDITY: how long a minted token can be redeemed, e.g. {@code 7d}. */
    @WithDefault("7d")
    String tokenValidity();

    /** DEFAULT_LOCALE: replies for users whose language is not Spanish ({@code es} or {@code en}). */
    @WithDefault("es")
    String defaultLocale();

    /**
     * UPDATE_HANDLING_TIMEOUT: how long an update claimed and not done is left to its owner before a redelivery
     * takes it over (the owner died, or is stuck).
     */
    @WithDefault("60s")
    Duration updateHandlingTimeout();

    /** How long a personal invite link stays valid. */
    @WithDefault("1h")
    Duration inviteLinkLifetime();
}
