package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code invitation_tokens}: unused tokens still inside their validity ({@code created_at + duration_hours})
 * become vipgate tokens, stored hashed and redeemable with their old text. A token names a plan, whose
 * {@code duration_days} it grants; one without a plan granted its {@code duration_hours} in the legacy bot, and grants
 * that here too unless {@code --default-duration} says otherwise. Messages never quote a token.
 */
final class LegacyTokens {

    static final List<String> COLUMNS =
            List.of("id", "token", "generated_by", "created_at", "duration_hours", "used", "plan_id");
    /** Ten years: a longer validity is a typo, and it keeps the arithmetic far from overflow. */
    private static final long MAX_HOURS = 87_600;

    final Set<Long> known = new HashSet<>();
    int importable;
    int withoutPlan;
    int used;
    int expired;
    final LegacyTableCheck check;

    LegacyTokens(
            LegacyTableCheck check,
            LegacyPlans plans,
            Optional<VipDuration> defaultDuration,
            Instant now,
            LegacyValidation.Sink sink) {
        this.check = check;
        Set<Object> duplicateIds = check.duplicates("id");
        Set<Object> duplicateTexts = check.duplicates("token");
        for (LegacyRow raw : check.rows()) {
            LegacyRowCheck row = check.row(raw);
            Long id = row.integer("id", true);
            if (duplicateIds.contains(raw.get("id"))) {
                row.problem("id", "more than one row has this id");
            }
            if (id != null) {
                known.add(id);
            }
            String text = secret(row);
            if (duplicateTexts.contains(raw.get("token"))) {
                row.problem("token", "more than one row has this token text");
            }
            Long mintedBy = row.integer("generated_by", true);
            Instant createdAt = row.time("created_at", true);
            Long hours = row.integer("duration_hours", true, 1, MAX_HOURS);
            Boolean spent = row.flag("used", true);
            row.integer("used_by", false);
            row.time("used_at", false);
            Long planId = row.integer("plan_id", false);
            if (planId != null && !plans.known(planId)) {
                row.problem("plan_id", "refers to plan " + planId + ", which is not in subscription_plans");
            }
            boolean carried = false;
            if (row.ok()) {
                Instant validUntil = createdAt.plus(Duration.ofHours(hours));
                carried = !spent && validUntil.isAfter(now);
                used += spent ? 1 : 0;
                expired += !spent && !carried ? 1 : 0;
                VipDuration grant = carried ? grant(row, planId, hours, plans, defaultDuration) : null;
                if (grant != null) {
                    importable++;
                    withoutPlan += planId == null ? 1 : 0;
                    TokenSecret secret = new TokenSecret(text);
                    sink.token(new InvitationToken(
                            secret.hash(), secret.prefix(), grant, 1, 0, createdAt, validUntil, mintedBy, false));
                }
            }
            check.settle(row, carried);
        }
    }

    private static String secret(LegacyRowCheck row) {
        Object value = row.raw("token");
        if (value == null) {
            row.problem("token", "is missing (NULL)");
        } else if (!(value instanceof String text)) {
            row.problem(
                    "token",
                    "expected text, found " + LegacyValues.describe(value).split(" ")[0]);
        } else if (!TokenSecret.looksLikeToken(text)) {
            row.problem(
                    "token",
                    "cannot be a token: expected 8 to 64 of A-Z a-z 0-9 _ -, found " + text.length() + " characters");
        } else {
            return text;
        }
        return null;
    }

    private static VipDuration grant(
            LegacyRowCheck row, Long planId, long hours, LegacyPlans plans, Optional<VipDuration> defaultDuration) {
        if (planId != null) {
            VipDuration grant = plans.grant(planId);
            if (grant == null) {
                row.problem("plan_id", "refers to plan " + planId + ", whose row in subscription_plans is invalid");
            }
            return grant;
        }
        return defaultDuration.orElseGet(
                () -> VipDuration.ofMinutes(Duration.ofHours(hours).toMinutes()));
    }
}
