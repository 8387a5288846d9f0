package io.vipgate.application.legacyimport.port.in;

import io.vipgate.domain.time.VipDuration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator asked for: the legacy file, whether to write, whether to import around invalid rows,
 * and the VIP time granted by legacy tokens that name no plan.
 */
public record ImportOptions(
        String location, boolean dryRun, boolean skipInvalid, Optional<VipDuration> defaultDuration) {

    public ImportOptions {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("name the legacy SQLite file");
        }
        Objects.requireNonNull(defaultDuration, "defaultDuration");
    }
}
