package io.vipgate.application.stats.port.in;

/** What {@code /stats} reports. */
public record BotStats(
        long activeSubscribers,
        long expiringWithinWeek,
        long tokensMinted,
        long tokensRedeemed,
        long freeRequestsPending,
        long freeRequestsApproved) {}
