package io.vipgate.bench;

import java.time.Duration;
import java.util.Map;

/**
 * A range of users whose subscriptions are all due for the expiry job at once, for the drills around that job: seeds
 * them, follows their progress, and checks in the database that each one ended expired with exactly one history line.
 */
record DueBatch(long first, int size) {

    long last() {
        return first + size - 1;
    }

    boolean contains(long userId) {
        return userId >= first && userId <= last();
    }

    void seed(Database db) throws Exception {
        db.seedUsers(first, size);
        db.seedDueSubscriptions(first, size);
        System.out.printf("  seeded %d subscriptions due now (users %d..%d)%n", size, first, last());
    }

    long expired(Database db) throws Exception {
        return db.count("SELECT count(*) FROM subscription WHERE status = 'EXPIRED' AND user_id BETWEEN ? AND ?",
                first, last());
    }

    /** Rows still active but held by a runner's lease: claimed and not done. */
    long held(Database db) throws Exception {
        return db.count("SELECT count(*) FROM subscription WHERE status = 'ACTIVE' AND claimed_by IS NOT NULL "
                + "AND user_id BETWEEN ? AND ?", first, last());
    }

    /** Polls every 100 ms until at least {@code target} are expired or {@code limit} passes; returns the count. */
    long awaitExpired(Database db, long target, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long done = expired(db);
        while (done < target && System.nanoTime() < deadline) {
            Thread.sleep(100);
            done = expired(db);
        }
        return done;
    }

    /** The checks both expiry drills make in the database: all expired, one EXPIRED history line each. */
    boolean checkExpiredOnce(Database db, Map<String, Object> evidence) throws Exception {
        long expired = expired(db);
        boolean ok = Drills.check(evidence, "every due subscription EXPIRED", expired == size,
                expired + " of " + size + " expired");
        long[] lines = db.row("SELECT count(*) FILTER (WHERE n = 1), count(*) FILTER (WHERE n > 1), coalesce(sum(n), 0) "
                + "FROM (SELECT user_id, count(*) n FROM subscription_history WHERE kind = 'EXPIRED' "
                + "AND user_id BETWEEN ? AND ? GROUP BY user_id) per_user", first, last());
        ok &= Drills.check(evidence, "exactly one EXPIRED history line each", lines[0] == size && lines[1] == 0,
                lines[0] + " users with one, " + lines[1] + " with more, " + lines[2] + " lines in all");
        return ok;
    }
}
