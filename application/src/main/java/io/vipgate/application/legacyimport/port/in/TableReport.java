package io.vipgate.application.legacyimport.port.in;

import java.util.OptionalLong;

/**
 * What became of one legacy table: after a write, {@code read = imported + alreadyPresent + leftOut + skipped}. Left out are
 * valid rows vipgate has no use for (used or expired tokens, processed requests); skipped are invalid ones.
 * {@code inPostgres} is what PostgreSQL holds of this table's rows after writing (empty where nothing maps).
 */
public record TableReport(
        String table, int read, int imported, int alreadyPresent, int leftOut, int skipped, OptionalLong inPostgres) {

    /** True when every row read is accounted for; a rejected import writes nothing, so its valid rows are not. */
    public boolean balanced() {
        return read == imported + alreadyPresent + leftOut + skipped;
    }

    /** True when PostgreSQL holds every row this table should have put there. */
    public boolean verified() {
        return inPostgres.isEmpty() || inPostgres.getAsLong() == imported + alreadyPresent;
    }
}
