package io.vipgate.application.legacyimport.port.out;

import java.util.concurrent.CompletionStage;

/** Where an import writes: vipgate's own database. */
public interface ImportTarget {

    /**
     * Writes the batch in one transaction, all or nothing. Rows whose key is already there are left as they are
     * and counted as present, so a second run writes nothing twice. Before committing it counts the batch's
     * keys in the database and fails (writing nothing) if any is missing. A dry run does all of that and rolls back.
     */
    CompletionStage<ImportWritten> write(ImportBatch batch, boolean dryRun, ImportProgress progress);
}
