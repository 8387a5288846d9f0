package io.vipgate.application.legacyimport.port.out;

/**
 * What an import wrote, per kind of row: newly {@code written}, {@code alreadyPresent} (same key found, left
 * untouched), and {@code found}: how many of the batch's keys PostgreSQL holds after writing.
 */
public record ImportWritten(Count users, Count activeSubscriptions, Count pastSubscriptions, Count tokens,
                            Count joinRequests, Count settings) {

    /** Counts of one kind of row. */
    public record Count(int written, int alreadyPresent, long found) {

        public static final Count NONE = new Count(0, 0, 0);

        public Count plus(Count other) {
            return new Count(written + other.written, alreadyPresent + other.alreadyPresent, found + other.found);
        }
    }
}
