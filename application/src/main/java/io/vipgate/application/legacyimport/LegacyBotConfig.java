package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.domain.freechannel.FreeChannelWait;
import java.util.List;
import java.util.Optional;

/**
 * {@code bot_config}: the free-channel wait moves to vipgate's settings. The channel ids have no place in vipgate's
 * database (they are settings, VIP_CHANNEL_ID and FREE_CHANNEL_ID), so they are only compared and reported.
 */
final class LegacyBotConfig {

    static final List<String> COLUMNS = List.of("id", "wait_time_minutes", "vip_channel_id", "free_channel_id");

    Optional<FreeChannelWait> wait = Optional.empty();
    Optional<String> vipChannel = Optional.empty();
    Optional<String> freeChannel = Optional.empty();
    boolean extras;
    final LegacyTableCheck check;

    LegacyBotConfig(LegacyTableCheck check) {
        this.check = check;
        for (LegacyRow raw : check.rows()) {
            LegacyRowCheck row = check.row(raw);
            Long id = row.integer("id", true);
            if (id != null && id != 1) {
                row.problem("id", "the legacy bot kept its settings in one row, id 1; found id " + id);
            }
            Long minutes = row.integer("wait_time_minutes", true, 0, FreeChannelWait.MAX_MINUTES);
            Optional<String> vip = channel(row, "vip_channel_id");
            Optional<String> free = channel(row, "free_channel_id");
            row.time("created_at", false);
            row.time("updated_at", false);
            if (row.ok()) {
                wait = Optional.of(FreeChannelWait.ofMinutes(minutes));
                vipChannel = vip;
                freeChannel = free;
                extras = raw.get("vip_reactions") != null
                        || raw.get("free_reactions") != null
                        || raw.get("subscription_fees") != null;
            }
            check.settle(row, true);
        }
    }

    /** The free channel's numeric id, when the file names it by number (not by @username). */
    Optional<Long> freeChannelNumber() {
        return freeChannel.filter(text -> text.matches("-?[0-9]{1,19}")).map(Long::parseLong);
    }

    private static Optional<String> channel(LegacyRowCheck row, String column) {
        Object value = row.raw(column);
        if (value instanceof Long number) {
            return Optional.of(number.toString());
        }
        String text = row.text(column, false, 50);
        return Optional.ofNullable(text).map(String::strip).filter(stripped -> !stripped.isEmpty());
    }
}
