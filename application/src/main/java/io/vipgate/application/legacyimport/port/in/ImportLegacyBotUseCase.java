package io.vipgate.application.legacyimport.port.in;

import io.vipgate.application.legacyimport.port.out.ImportProgress;
import java.util.concurrent.CompletionStage;

/** {@code import-sqlite}: moves a legacy bot's SQLite data into vipgate, all or nothing, with a report that proves it. */
public interface ImportLegacyBotUseCase {

    /**
     * Reads and validates every row, then writes in one transaction unless a row is invalid (and
     * {@code skipInvalid} is off) or it is a dry run. Fails with {@code LegacySourceException} when the file
     * cannot be read at all.
     */
    CompletionStage<ImportReport> importFrom(ImportOptions options, ImportProgress progress);
}
