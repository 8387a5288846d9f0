package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.domain.time.VipDuration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code subscription_plans}: vipgate has no plans; a plan's {@code duration_days} becomes what its tokens grant. */
final class LegacyPlans {

    static final List<String> COLUMNS = List.of("id", "duration_days");
    private static final long MAX_DAYS = VipDuration.MAX.toDays();

    private final Map<Long, VipDuration> valid = new HashMap<>();
    private final Set<Long> known = new HashSet<>();
    final LegacyTableCheck check;

    LegacyPlans(LegacyTableCheck check) {
        this.check = check;
        Set<Object> duplicates = check.duplicates("id");
        for (LegacyRow raw : check.rows()) {
            LegacyRowCheck row = check.row(raw);
            Long id = row.integer("id", true);
            if (duplicates.contains(raw.get("id"))) {
                row.problem("id", "more than one row has this id");
            }
            Long days = row.integer("duration_days", true, 1, MAX_DAYS);
            row.text("name", false, Integer.MAX_VALUE);
            row.number("price", false);
            row.text("currency", false, Integer.MAX_VALUE);
            row.flag("active", false);
            row.time("created_at", false);
            row.integer("created_by", false);
            if (id != null) {
                known.add(id);
            }
            if (row.ok()) {
                valid.put(id, VipDuration.ofDays(days));
            }
            check.settle(row, false);
        }
    }

    boolean known(long id) {
        return known.contains(id);
    }

    /** The plan's grant, or null when its row is invalid. */
    VipDuration grant(long id) {
        return valid.get(id);
    }
}
