package io.vipgate.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
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
 * Writes a legacy import in one PostgreSQL transaction. It uses the reactive SQL client directly rather than
 * Hibernate: a hundred thousand rows go in as a few dozen array statements instead of one round trip each.
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
    public CompletionStage<ImportWritten> write(ImportBatch batch, boolean dryRun, ImportProgress progress) {
        progress.start("writing", batch.rows());
        return pool.withTransaction(connection -> connection.query(ImportStatements.LOCK).execute()
                        .chain(() -> writeAll(connection, batch, progress))
                        .chain(written -> ImportVerification.verified(connection, batch, written))
                        // A dry run does everything, then fails the transaction on purpose so that it rolls back.
                        .chain(written -> dryRun ? Uni.createFrom().failure(new RolledBack(written))
                                : Uni.createFrom().item(written)))
                .onFailure(RolledBack.class).recoverWithItem(failure -> ((RolledBack) failure).written)
                .onTermination().invoke(progress::finish)
                .subscribeAsCompletionStage();
    }

    private static Uni<ImportWritten> writeAll(SqlConnection connection, ImportBatch batch, ImportProgress progress) {
        Writer writer = new Writer(connection, progress);
        Count[] counts = new Count[6];
        return writer.rows(ImportStatements.USERS, batch.users(), ImportColumns::users, RowSet::rowCount)
                .invoke(count -> counts[0] = count)
                .chain(() -> writer.rows(ImportStatements.ACTIVE, batch.active(), ImportColumns::active,
                        rows -> rows.iterator().next().getLong(0).intValue()))
                .invoke(count -> counts[1] = count)
                .chain(() -> writer.rows(ImportStatements.PAST, batch.past(), ImportColumns::past, RowSet::rowCount))
                .invoke(count -> counts[2] = count)
                .chain(() -> writer.rows(ImportStatements.TOKENS, batch.tokens(), ImportColumns::tokens,
                        RowSet::rowCount))
                .invoke(count -> counts[3] = count)
                .chain(() -> writer.rows(ImportStatements.JOIN_REQUESTS, batch.joinRequests(),
                        ImportColumns::joinRequests, RowSet::rowCount))
                .invoke(count -> counts[4] = count)
                .chain(() -> writer.wait(batch))
                .map(settings -> new ImportWritten(counts[0], counts[1], counts[2], counts[3], counts[4], settings));
    }

    /** Runs one statement per chunk, in order on the transaction's connection, and counts what it inserted. */
    private record Writer(SqlConnection connection, ImportProgress progress) {

        <T> Uni<Count> rows(String sql, List<T> rows, Function<List<T>, Tuple> columns,
                            ToIntFunction<RowSet<Row>> inserted) {
            Uni<Integer> written = Uni.createFrom().item(0);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                written = written.chain(sum -> connection.preparedQuery(sql).execute(columns.apply(chunk))
                        .invoke(() -> progress.advance(chunk.size()))
                        .map(result -> sum + inserted.applyAsInt(result)));
            }
            return written.map(count -> new Count(count, rows.size() - count, 0));
        }

        Uni<Count> wait(ImportBatch batch) {
            if (batch.freeChannelWait().isEmpty()) {
                return Uni.createFrom().item(Count.NONE);
            }
            return connection.preparedQuery(ImportStatements.WAIT)
                    .execute(Tuple.of(Math.toIntExact(batch.freeChannelWait().get().minutes())))
                    .map(result -> new Count(result.rowCount(), 1 - result.rowCount(), 0));
        }
    }

    /** Carries a dry run's counts out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {

        private final transient ImportWritten written;

        RolledBack(ImportWritten written) {
            super("dry run: rolled back", null, false, false);
            this.written = written;
        }
    }
}
