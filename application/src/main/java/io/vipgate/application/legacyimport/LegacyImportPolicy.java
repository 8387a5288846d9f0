package io.vipgate.application.legacyimport;

import io.vipgate.domain.subscription.ReminderSchedule;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the import compares the legacy file with and maps it by: vipgate's configured admins and channels
 * (empty when not configured) and the reminder offsets that imported subscriptions are armed with.
 */
public record LegacyImportPolicy(
        Set<Long> adminIds, Optional<Long> vipChannelId, Optional<Long> freeChannelId, ReminderSchedule reminders) {

    public LegacyImportPolicy {
        adminIds = Set.copyOf(adminIds);
        Objects.requireNonNull(vipChannelId, "vipChannelId");
        Objects.requireNonNull(freeChannelId, "freeChannelId");
        Objects.requireNonNull(reminders, "reminders");
    }
}
