package io.vipgate.persistence.legacyimport;

/**
 * The import's SQL. Each statement takes whole columns as arrays and {@code unnest}s them, so that one round trip
 * writes thousands of rows; rows whose key is already there are left untouched (idempotence). An imported history
 * line's key is (user, at, new expiry, IMPORTED): only imports write IMPORTED lines, and the advisory lock runs them
 * one at a time, so a NOT EXISTS on the (user_id, at) index suffices and the schema needs no unique key for it.
 */
final class ImportStatements {

    /** One import at a time: a second one waits, then finds everything present. */
    static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('vipgate.legacy-import'))";

    static final String USERS = """
            INSERT INTO app_user (id, first_name, last_name, username, language_code, reachable, created_at, updated_at)
            SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[],
                                 $7::timestamptz[], $8::timestamptz[])
            ON CONFLICT (id) DO NOTHING
            """;

    /** Subscriptions, and the IMPORTED history line of each one actually inserted; yields how many were. */
    static final String ACTIVE = """
            WITH input AS (
              SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::bigint[],
                                   $6::timestamptz[], $7::timestamptz[], $8::bigint[], $9::timestamptz[])
                AS t(user_id, status, started, expires, last_reminder, next_reminder, line_at, actor, previous)),
            inserted AS (
              INSERT INTO subscription (user_id, status, period_started_at, expires_at, last_reminder_seconds,
                                        next_reminder_at, updated_at)
              SELECT user_id, status, started, expires, last_reminder, next_reminder, now() FROM input
              ON CONFLICT (user_id) DO NOTHING
              RETURNING user_id),
            lines AS (
              INSERT INTO subscription_history (user_id, kind, at, actor_id, previous_expires_at, new_expires_at)
              SELECT i.user_id, 'IMPORTED', i.line_at, i.actor, i.previous, i.expires
              FROM input i JOIN inserted USING (user_id)
              WHERE NOT EXISTS (SELECT 1 FROM subscription_history h WHERE h.user_id = i.user_id
                                AND h.at = i.line_at AND h.new_expires_at = i.expires AND h.kind = 'IMPORTED'))
            SELECT count(*) FROM inserted
            """;

    static final String PAST = """
            INSERT INTO subscription_history (user_id, kind, at, actor_id, previous_expires_at, new_expires_at)
            SELECT t.user_id, 'IMPORTED', t.at, t.actor, t.previous, t.expires
            FROM unnest($1::bigint[], $2::timestamptz[], $3::bigint[], $4::timestamptz[], $5::timestamptz[])
              AS t(user_id, at, actor, previous, expires)
            WHERE NOT EXISTS (SELECT 1 FROM subscription_history h WHERE h.user_id = t.user_id AND h.at = t.at
                              AND h.new_expires_at = t.expires AND h.kind = 'IMPORTED')
            """;

    static final String TOKENS = """
            INSERT INTO invitation_token (hash, prefix, grants_minutes, max_uses, uses, minted_at, valid_until,
                                          minted_by, revoked)
            SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::timestamptz[],
                                 $7::timestamptz[], $8::bigint[], $9::boolean[])
            ON CONFLICT (hash) DO NOTHING
            """;

    static final String JOIN_REQUESTS = """
            INSERT INTO free_join_request (user_id, chat_id, user_chat_id, requested_at, status)
            SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::timestamptz[], $5::text[])
            ON CONFLICT (user_id) DO NOTHING
            """;

    /** An admin's /setwait (updated_by set) wins over the file; an equal wait counts as present. */
    static final String WAIT = """
            UPDATE bot_settings SET free_channel_wait_minutes = $1, updated_at = now()
            WHERE id = 1 AND updated_by IS NULL AND free_channel_wait_minutes <> $1
            """;

    /** How many of the batch's keys PostgreSQL holds, checked before commit. */
    static final String FOUND = """
            SELECT
              (SELECT count(*) FROM app_user WHERE id = ANY($1::bigint[])),
              (SELECT count(*) FROM subscription WHERE user_id = ANY($2::bigint[])),
              (SELECT count(*) FROM subscription_history h
                 JOIN unnest($3::bigint[], $4::timestamptz[], $5::timestamptz[]) AS k(user_id, at, expires)
                   ON h.user_id = k.user_id AND h.at = k.at AND h.new_expires_at = k.expires
                WHERE h.kind = 'IMPORTED'),
              (SELECT count(*) FROM invitation_token WHERE hash = ANY($6::text[])),
              (SELECT count(*) FROM free_join_request WHERE user_id = ANY($7::bigint[])),
              (SELECT count(*) FROM bot_settings
                WHERE id = 1 AND (free_channel_wait_minutes = $8 OR updated_by IS NOT NULL)),
              (SELECT count(*) FROM app_user WHERE id = ANY($9::bigint[]))
            """;

    private ImportStatements() {}
}
