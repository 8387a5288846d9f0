package io.vipgate.application.legacyimport.port.out;

/**
 * What an import wrote, per kind of row: newly {@code written}, {@code alreadyPresent} (same key found, left
 * untouched), and {@code found}: how many of the batch's keys PostgreSQL holds after writing.
 */
public record ImportWritten(
        Count users,
        Count activeSubscriptions,
        Count pastSubscriptions,
        Count tokens,
        Count joinRequests,
        Count settings,
        Count requesters) {

    /** Nothing written yet. */
    public static final ImportWritten NONE =
            new ImportWritten(Count.NONE, Count.NONE, Count.NONE, Count.NONE, Count.NONE, Count.NONE, Count.NONE);

    public ImportWritten(
            Count users,
            Count activeSubscriptions,
            Count pastSubscriptions,
            Count tokens,
            Count joinRequests,
            Count settings) {
        this(users, activeSubscriptions, pastSubscriptions, tokens, joinRequests, settings, Count.NONE);
    }

    /** The counts of two batches of one import, added up. */
    public ImportWritten plus(ImportWritten other) {
        return new ImportWritten(
                users.plus(other.users),
                activeSubscriptions.plus(other.activeSubscriptions),
                pastSubscriptions.plus(other.pastSubscriptions),
                tokens.plus(other.tokens),
                joinRequests.plus(other.joinRequests),
                settings.plus(other.settings),
                requesters.plus(other.requesters));
    }

    /** Counts of one kind of row. */
    public record Count(int written, int alreadyPresent, long found) {

        public static final Count NONE = new Count(0, 0, 0);

        public Count plus(Count other) {
            return new Count(written + other.written, alreadyPresent + other.alreadyPresent, found + other.found);
        }
    }
}
