package io.vipgate.application.messaging;

import io.vipgate.domain.subscription.ReminderSchedule;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** The settings the use cases follow, read once from configuration. */
public record BotPolicy(
        Set<Long> adminIds, ReminderSchedule reminders, Duration tokenValidity, Duration inviteLinkLifetime) {

    public static final Duration DEFAULT_INVITE_LINK_LIFETIME = Duration.ofHours(1);

    public BotPolicy {
        adminIds = Set.copyOf(adminIds);
        Objects.requireNonNull(reminders, "reminders");
        if (tokenValidity.isNegative() || tokenValidity.isZero()) {
            throw new IllegalArgumentException("token validity must be positive");
        }
        if (inviteLinkLifetime.isNegative() || inviteLinkLifetime.isZero()) {
            throw new IllegalArgumentException("invite link lifetime must be positive");
        }
    }

    public boolean isAdmin(long userId) {
        return adminIds.contains(userId);
    }
}
