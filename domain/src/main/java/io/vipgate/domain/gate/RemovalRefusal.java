package io.vipgate.domain.gate;

/**
 * Why Telegram will never remove a user from the VIP channel, however often the bot asks: retrying is pointless,
 * so the subscription ends without the removal and the admins are told.
 */
public enum RemovalRefusal {
    /** The user owns the channel. */
    CHAT_OWNER,
    /** The user administers the channel. */
    CHAT_ADMINISTRATOR,
    /** The bot is an administrator without the right to ban users. */
    MISSING_RIGHTS,
    /** The bot is not in the channel (never added, or removed), or the channel is gone. */
    BOT_NOT_IN_CHAT
}
