package io.vipgate.application.legacyimport.port.out;

import java.util.concurrent.CompletionStage;

/**
 * One import's open transaction. Batches are written into it one after the other; rows whose key is already there
 * are left as they are and counted as present, so a second run writes nothing twice. After each batch it counts that
 * batch's keys in the database and fails if any is missing. Nothing is visible to others before {@link #finish}.
 */
public interface ImportSession {

    /** Writes one batch (a few thousand rows) and counts it back; a batch's users come before the rows naming them. */
    CompletionStage<ImportWritten> write(ImportBatch batch);

    /** Commits; a dry run rolls back instead. */
    CompletionStage<Void> finish();

    /** Rolls back: nothing of this import stays. */
    CompletionStage<Void> abort();
}
