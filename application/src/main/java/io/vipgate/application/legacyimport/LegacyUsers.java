package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.ImportedUser;
import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code users}: every user becomes a vipgate user; the ADMIN role is noted, since admins come from ADMIN_IDS. User 0,
 * the ADMIN row the legacy bot's migration script inserts, is no Telegram user: it is left out, with a note.
 */
final class LegacyUsers {

    static final List<String> COLUMNS =
            List.of("user_id", "first_name", "last_name", "username", "role", "created_at", "updated_at");
    /** The id of the legacy migration script's placeholder admin. */
    static final long MIGRATION_ADMIN = 0;

    private static final Set<String> ROLES = Set.of("FREE", "VIP", "ADMIN");

    final Set<Long> valid = new HashSet<>();
    final Set<Long> invalid = new HashSet<>();
    final Set<Long> admins = new TreeSet<>();
    boolean migrationAdmin;
    final LegacyTableCheck check;

    LegacyUsers(LegacyTableCheck check, Instant now, LegacyValidation.Sink sink) {
        this.check = check;
        Set<Object> duplicates = check.duplicates("user_id");
        for (LegacyRow raw : check.rows()) {
            LegacyRowCheck row = check.row(raw);
            Long id = row.integer("user_id", true);
            if (id != null && id == MIGRATION_ADMIN && !duplicates.contains(raw.get("user_id"))) {
                migrationAdmin = true;
                check.settle(row, false);
                continue;
            }
            if (id != null && id <= 0) {
                row.problem("user_id", "is not a Telegram user id (those are positive), found " + id);
            }
            if (duplicates.contains(raw.get("user_id"))) {
                row.problem("user_id", "more than one row has this user id");
            }
            String firstName = row.text("first_name", true, 256);
            String lastName = row.text("last_name", false, 256);
            String username = row.text("username", false, 64);
            String role = row.choice("role", false, ROLES);
            Instant createdAt = row.time("created_at", false);
            Instant updatedAt = row.time("updated_at", false);
            if (row.ok()) {
                Instant created = createdAt == null ? now : createdAt;
                BotUser user = new BotUser(
                        id,
                        firstName,
                        Optional.ofNullable(lastName),
                        Optional.ofNullable(username),
                        Optional.empty(),
                        true);
                valid.add(id);
                sink.user(new ImportedUser(user, created, updatedAt == null ? created : updatedAt));
                if ("ADMIN".equals(role)) {
                    admins.add(id);
                }
            } else if (id != null) {
                invalid.add(id);
            }
            check.settle(row, true);
        }
    }

    /** Checks a reference to a user from another table; returns the id when it can be imported. */
    Long reference(LegacyRowCheck row, String column) {
        Long id = row.integer(column, true);
        if (id == null) {
            return null;
        }
        if (valid.contains(id)) {
            return id;
        }
        row.problem(
                column,
                id == MIGRATION_ADMIN && migrationAdmin
                        ? "refers to user 0, the legacy migration script's placeholder admin, which is not imported"
                        : invalid.contains(id)
                                ? "refers to user " + id + ", whose row in users is invalid"
                                : "refers to user " + id + ", who is not in users");
        return null;
    }

    /**
     * Checks the user of a join request, who may be missing from {@code users}: the legacy bot stored a user only on
     * /start. Returns the id when it can be imported; {@link #known} tells whether it needs a user of its own.
     */
    Long requester(LegacyRowCheck row, String column) {
        Long id = row.integer(column, true);
        if (id == null || valid.contains(id)) {
            return id;
        }
        if (invalid.contains(id) || id == MIGRATION_ADMIN) {
            return reference(row, column);
        }
        if (id < 0) {
            row.problem(column, "is not a Telegram user id (those are positive), found " + id);
            return null;
        }
        return id;
    }

    boolean known(long id) {
        return valid.contains(id);
    }
}
