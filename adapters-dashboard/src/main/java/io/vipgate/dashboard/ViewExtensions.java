package io.vipgate.dashboard;

import io.quarkus.qute.TemplateExtension;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import java.time.Instant;
import java.util.Locale;

/** What the templates ask of the application's records that takes an argument. */
@TemplateExtension
final class ViewExtensions {

    private ViewExtensions() {}

    /** "active", "expired", "revoked", or "never" for a user who never had VIP. */
    static String state(SubscriberRow row, Instant now) {
        if (row.activeAt(now)) {
            return "active";
        }
        return row.status()
                .map(status -> "ACTIVE".equals(status) ? "expired" : status.toLowerCase(Locale.ROOT))
                .orElse("never");
    }
}
