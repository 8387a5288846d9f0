package io.vipgate.persistence.broadcast;

/** The statements of {@link PostgresBroadcastAdapter}; every value is a bound parameter. */
final class BroadcastSql {

    /**
     * Recipients and broadcast in one statement, so one snapshot decides both; the data-modifying CTEs run in full
     * although the final SELECT reads only {@code saved}. No recipient, no row: HAVING drops the broadcast.
     */
    static final String CREATE = """
            WITH recipients AS (
                SELECT s.user_id FROM subscription s JOIN app_user u ON u.id = s.user_id
                WHERE s.status = 'ACTIVE' AND s.expires_at > ?3 AND u.reachable),
            saved AS (
                INSERT INTO broadcast (admin_id, text, created_at, status, total, claimed_until, claimed_by)
                SELECT CAST(?1 AS bigint), CAST(?2 AS varchar), CAST(?3 AS timestamptz), 'SENDING', count(*),
                       CAST(?4 AS timestamptz), CAST(?5 AS varchar)
                FROM recipients HAVING count(*) > 0
                RETURNING id, total),
            listed AS (
                INSERT INTO broadcast_recipient (broadcast_id, user_id, status)
                SELECT saved.id, recipients.user_id, 'PENDING' FROM saved CROSS JOIN recipients)
            SELECT id, total FROM saved
            """;

    static final String READY = """
            UPDATE broadcast SET claimed_until = NULL, claimed_by = NULL WHERE id = ?1 AND claimed_by = ?2
            """;

    static final String READY_WITH_MESSAGE = """
            UPDATE broadcast SET progress_message_id = ?3, claimed_until = NULL, claimed_by = NULL
            WHERE id = ?1 AND claimed_by = ?2
            """;

    static final String CLAIM_OPEN = """
            WITH open AS (
                SELECT id FROM broadcast
                WHERE status = 'SENDING' AND (claimed_until IS NULL OR claimed_until <= ?1)
                ORDER BY id LIMIT 1
                FOR UPDATE SKIP LOCKED)
            UPDATE broadcast b SET claimed_until = ?2, claimed_by = ?3 FROM open WHERE b.id = open.id
            RETURNING b.id, b.admin_id, b.text, b.total, b.progress_message_id
            """;

    static final String RENEW = """
            UPDATE broadcast SET claimed_until = ?2 WHERE id = ?1 AND claimed_by = ?3 AND status = 'SENDING'
            """;

    /** Only for the runner that holds the broadcast, so that one that lost it stops sending at once. */
    static final String NEXT_RECIPIENT = """
            WITH next AS (
                SELECT r.broadcast_id, r.user_id FROM broadcast_recipient r
                WHERE r.broadcast_id = ?1 AND r.status = 'PENDING'
                  AND EXISTS (SELECT 1 FROM broadcast b WHERE b.id = ?1 AND b.claimed_by = ?3)
                ORDER BY r.user_id LIMIT 1
                FOR UPDATE OF r SKIP LOCKED)
            UPDATE broadcast_recipient r SET status = 'SENDING', claimed_until = ?2
            FROM next WHERE r.broadcast_id = next.broadcast_id AND r.user_id = next.user_id
            RETURNING r.user_id
            """;

    static final String RECORD = """
            UPDATE broadcast_recipient SET status = ?3, claimed_until = NULL WHERE broadcast_id = ?1 AND user_id = ?2
            """;

    static final String PROGRESS = """
            SELECT b.total,
                   count(*) FILTER (WHERE r.status = 'SENT'),
                   count(*) FILTER (WHERE r.status = 'BLOCKED'),
                   count(*) FILTER (WHERE r.status = 'FAILED')
            FROM broadcast b LEFT JOIN broadcast_recipient r ON r.broadcast_id = b.id
            WHERE b.id = ?1 GROUP BY b.total
            """;

    static final String LOCK_HELD = """
            SELECT id FROM broadcast WHERE id = ?1 AND claimed_by = ?2 AND status = 'SENDING' FOR UPDATE
            """;

    /** A recipient still pending, or in flight under a live lease: not done yet. */
    static final String BUSY = """
            SELECT user_id FROM broadcast_recipient
            WHERE broadcast_id = ?1 AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_until > ?2))
            LIMIT 1
            """;

    /** In flight under a lease that ran out: the runner died mid-send, and a second copy must not go out. */
    static final String FAIL_INTERRUPTED = """
            UPDATE broadcast_recipient SET status = 'FAILED', claimed_until = NULL
            WHERE broadcast_id = ?1 AND status = 'SENDING'
            """;

    static final String FINISH = """
            UPDATE broadcast SET status = 'DONE', finished_at = ?2, claimed_until = NULL, claimed_by = NULL
            WHERE id = ?1
            """;

    private BroadcastSql() {}
}
