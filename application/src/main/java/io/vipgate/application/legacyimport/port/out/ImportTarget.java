package io.vipgate.application.legacyimport.port.out;

import java.util.concurrent.CompletionStage;

/** Where an import writes: vipgate's own database, in one transaction that batches are streamed into. */
public interface ImportTarget {

    /** Opens the import's transaction; one import at a time (a second one waits for the first to end). */
    CompletionStage<ImportSession> begin(boolean dryRun, ImportProgress progress);

    /** Writes one batch in a transaction of its own: begin, write, finish (or abort on failure). */
    default CompletionStage<ImportWritten> write(ImportBatch batch, boolean dryRun, ImportProgress progress) {
        return begin(dryRun, progress)
                .thenCompose(session -> session.write(batch)
                        .thenCompose(written -> session.finish().thenApply(done -> written))
                        .exceptionallyCompose(failure -> session.abort()
                                .thenCompose(aborted -> java.util.concurrent.CompletableFuture.failedStage(failure))));
    }
}
