package io.vipgate.persistence.legacyimport;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportSession;
import io.vipgate.application.legacyimport.port.out.ImportTarget;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportWritten.Count;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Writes a legacy import in one PostgreSQL transaction, batch after batch as the import streams them. It uses the
 * reactive SQL client directly rather than Hibernate: a hundred thousand rows go in as a few dozen array statements
 * instead of one round trip each.
 */
@ApplicationScoped
@Typed(PostgresLegacyImportAdapter.class)
public class PostgresLegacyImportAdapter implements ImportTarget {

    static final int CHUNK = 5_000;

    private final Pool pool;

    PostgresLegacyImportAdapter(Pool pool) {
        this.pool = pool;
    }

    @Override
    public CompletionStage<ImportSession> begin(boolean dryRun, ImportProgress progress) {
        return pool.getConnection()
                .chain(connection -> connection
                        .begin()
                        .chain(transaction -> connection
                                .query(ImportStatements.LOCK)
                                .execute()
                                .map(locked -> (ImportSession) new Session(connection, transaction, dryRun, progress)))
                        .onFailure()
                        .call(connection::close))
                .subscribeAsCompletionStage();
    }

    /** The import's transaction on one connection of its own, which it closes when the transaction ends. */
    private record Session(SqlConnection connection, Transaction transaction, boolean dryRun, ImportProgress progress)
            implements ImportSession {

        @Override
        public CompletionStage<ImportWritten> write(ImportBatch batch) {
            return writeAll(connection, batch, progress)
                    .chain(written -> ImportVerification.verified(connection, batch, written))
                    .subscribeAsCompletionStage();
        }

        @Override
        public CompletionStage<Void> finish() {
            // A dry run does everything, then rolls back.
            return (dryRun ? transaction.rollback() : transaction.commit())
                    .onTermination()
                    .call(connection::close)
                    .subscribeAsCompletionStage();
        }

        @Override
        public CompletionStage<Void> abort() {
            return transaction
                    .rollback()
                    .onTermination()
                    .call(connection::close)
                    .subscribeAsCompletionStage();
        }
    }

    private static Uni<ImportWritten> writeAll(SqlConnection connection, ImportBatch batch, ImportProgress progress) {
        Writer writer = new Writer(connection, progress);
        Count[] counts = new Count[7];
        return writer.rows(ImportStatements.USERS, batch.users(), ImportColumns::users, RowSet::rowCount)
                .invoke(count -> counts[0] = count)
                .chain(() ->
                        writer.rows(ImportStatements.USERS, batch.requesters(), ImportColumns::users, RowSet::rowCount))
                .invoke(count -> counts[6] = count)
                .chain(() -> writer.rows(
                        ImportStatements.ACTIVE,
                        batch.active(),
                        ImportColumns::active,
                        rows -> rows.iterator().next().getLong(0).intValue()))
                .invoke(count -> counts[1] = count)
                .chain(() -> writer.rows(ImportStatements.PAST, batch.past(), ImportColumns::past, RowSet::rowCount))
                .invoke(count -> counts[2] = count)
                .chain(() ->
                        writer.rows(ImportStatements.TOKENS, batch.tokens(), ImportColumns::tokens, RowSet::rowCount))
                .invoke(count -> counts[3] = count)
                .chain(() -> writer.rows(
                        ImportStatements.JOIN_REQUESTS,
                        batch.joinRequests(),
                        ImportColumns::joinRequests,
                        RowSet::rowCount))
                .invoke(count -> counts[4] = count)
                .chain(() -> writer.wait(batch))
                .map(settings ->
                        new ImportWritten(counts[0], counts[1], counts[2], counts[3], counts[4], settings, counts[6]));
    }

    /** Runs one statement per chunk, in order on the transaction's connection, and counts what it inserted. */
    private record Writer(SqlConnection connection, ImportProgress progress) {

        <T> Uni<Count> rows(
                String sql, List<T> rows, Function<List<T>, Tuple> columns, ToIntFunction<RowSet<Row>> inserted) {
            Uni<Integer> written = Uni.createFrom().item(0);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                written = written.chain(sum -> connection
                        .preparedQuery(sql)
                        .execute(columns.apply(chunk))
                        .invoke(() -> progress.advance(chunk.size()))
                        .map(result -> sum + inserted.applyAsInt(result)));
            }
            return written.map(count -> new Count(count, rows.size() - count, 0));
        }

        Uni<Count> wait(ImportBatch batch) {
            if (batch.freeChannelWait().isEmpty()) {
                return Uni.createFrom().item(Count.NONE);
            }
            return connection
                    .preparedQuery(ImportStatements.WAIT)
                    .execute(Tuple.of(
                            Math.toIntExact(batch.freeChannelWait().get().minutes())))
                    .map(result -> new Count(result.rowCount(), 1 - result.rowCount(), 0));
        }
    }
}
