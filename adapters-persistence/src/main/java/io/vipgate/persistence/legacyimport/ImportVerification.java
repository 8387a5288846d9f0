package io.vipgate.persistence.legacyimport;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportWritten.Count;

/**
 * Counts, inside the import's transaction, how many of the batch's keys PostgreSQL now holds, and fails (so that
 * nothing is committed) unless every row is there: written now or present before.
 */
final class ImportVerification {

    private ImportVerification() {}

    static Uni<ImportWritten> verified(SqlConnection connection, ImportBatch batch, ImportWritten written) {
        return connection
                .preparedQuery(ImportStatements.FOUND)
                .execute(ImportColumns.found(batch))
                .map(rows -> {
                    Row found = rows.iterator().next();
                    return new ImportWritten(
                            checked("users", written.users(), found.getLong(0)),
                            checked("active subscriptions", written.activeSubscriptions(), found.getLong(1)),
                            checked("past subscriptions", written.pastSubscriptions(), found.getLong(2)),
                            checked("tokens", written.tokens(), found.getLong(3)),
                            checked("free-channel requests", written.joinRequests(), found.getLong(4)),
                            batch.freeChannelWait().isEmpty()
                                    ? Count.NONE
                                    : checked("free-channel wait", written.settings(), found.getLong(5)),
                            checked("users from join requests", written.requesters(), found.getLong(6)));
                });
    }

    private static Count checked(String what, Count count, long found) {
        long expected = count.written() + count.alreadyPresent();
        if (found != expected) {
            throw new IllegalStateException("after writing, PostgreSQL holds " + found + " of the " + expected
                    + " imported " + what + "; the import was rolled back");
        }
        return new Count(count.written(), count.alreadyPresent(), found);
    }
}
