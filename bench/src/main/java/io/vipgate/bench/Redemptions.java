package io.vipgate.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Distinct users, each redeeming a single-use token minted for them in the database, for the drills around an
 * update's handling: seeds them, builds their {@code /start <token>} updates, and checks in the database that every
 * redemption happened exactly once (one REDEEMED history line with the user's own token, every token used once).
 */
final class Redemptions {

    private final long first;
    private final List<String> tokens;

    private Redemptions(long first, List<String> tokens) {
        this.first = first;
        this.tokens = tokens;
    }

    static Redemptions seed(Database db, long first, int size) throws Exception {
        db.seedUsers(first, size);
        return new Redemptions(first, db.seedTokens(size));
    }

    int size() {
        return tokens.size();
    }

    long user(int i) {
        return first + i;
    }

    Updates.Update update(Updates updates, int i) {
        return updates.command(user(i), "/start " + tokens.get(i));
    }

    /** Users of the batch with a REDEEMED history line so far. */
    long redeemed(Database db) throws Exception {
        return db.count("SELECT count(DISTINCT user_id) FROM subscription_history WHERE kind = 'REDEEMED' "
                + "AND user_id BETWEEN ? AND ?", first, user(size() - 1));
    }

    /** One REDEEMED line per user with their own token and none other, each token used once, each user ACTIVE. */
    boolean checkOnce(Database db, Map<String, Object> evidence, String prefix) throws Exception {
        List<String> hashes = new ArrayList<>();
        Long[] users = new Long[size()];
        for (int i = 0; i < size(); i++) {
            hashes.add(Database.hash(tokens.get(i)));
            users[i] = user(i);
        }
        long[] lines;
        long[] uses;
        try (Connection connection = db.connect()) {
            Array userArray = connection.createArrayOf("bigint", users);
            Array hashArray = connection.createArrayOf("text", hashes.toArray());
            lines = row(connection, "SELECT count(*) FILTER (WHERE own = 1), count(*) FILTER (WHERE own = 0), "
                    + "count(*) FILTER (WHERE own > 1), coalesce(sum(lines), 0) FROM (SELECT sent.user_id, "
                    + "(SELECT count(*) FROM subscription_history h JOIN invitation_token t ON t.id = h.token_id "
                    + "WHERE h.user_id = sent.user_id AND h.kind = 'REDEEMED' AND t.hash = sent.hash) own, "
                    + "(SELECT count(*) FROM subscription_history h WHERE h.user_id = sent.user_id "
                    + "AND h.kind = 'REDEEMED') lines FROM unnest(?::bigint[], ?::text[]) AS sent(user_id, hash)) per_user",
                    userArray, hashArray);
            uses = row(connection, "SELECT count(*) FILTER (WHERE uses = 1), count(*) FILTER (WHERE uses <> 1), "
                    + "coalesce(sum(uses), 0) FROM invitation_token WHERE hash = ANY(?::text[])", hashArray);
        }
        long active = db.count("SELECT count(*) FROM subscription WHERE status = 'ACTIVE' AND user_id BETWEEN ? AND ?",
                first, user(size() - 1));
        boolean ok = Drills.check(evidence, prefix + "one REDEEMED history line per user, with their own token",
                lines[0] == size() && lines[3] == size(), lines[0] + " users with one, " + lines[1] + " with none, "
                        + lines[2] + " with more; " + lines[3] + " REDEEMED lines in all for " + size() + " users");
        ok &= Drills.check(evidence, prefix + "every token used exactly once", uses[0] == size() && uses[2] == size(),
                uses[0] + " tokens with uses = 1, " + uses[1] + " otherwise, " + uses[2] + " uses in all");
        ok &= Drills.check(evidence, prefix + "every redeemer ACTIVE", active == size(), active + " of " + size());
        return ok;
    }

    private static long[] row(Connection connection, String sql, Object... parameters) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long[] row = new long[rows.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rows.getLong(i + 1);
                }
                return row;
            }
        }
    }
}
