package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.in.ImportLegacyBotUseCase;
import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportTarget;
import io.vipgate.application.legacyimport.port.out.LegacyBotSource;
import io.vipgate.application.legacyimport.port.out.LegacySnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Imports a legacy bot: read everything, validate every row, then write all valid rows in one transaction. */
public final class ImportLegacyBotService implements ImportLegacyBotUseCase {

    private final LegacyBotSource source;
    private final ImportTarget target;
    private final LegacyImportPolicy policy;
    private final Clock clock;

    public ImportLegacyBotService(LegacyBotSource source, ImportTarget target, LegacyImportPolicy policy, Clock clock) {
        this.source = source;
        this.target = target;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<ImportReport> importFrom(ImportOptions options, ImportProgress progress) {
        Instant now = clock.instant();
        LegacyValidation validation;
        try {
            LegacySnapshot snapshot = source.read(options.location(), progress);
            validation = new LegacyValidation(snapshot, options, policy, now);
        } catch (RuntimeException unreadable) {
            return CompletableFuture.failedFuture(unreadable);
        }
        if (!validation.valid() && !options.skipInvalid()) {
            return CompletableFuture.completedFuture(ImportReports.rejected(validation, policy));
        }
        return target.write(validation.batch(), options.dryRun(), progress)
                .thenApply(written -> ImportReports.written(validation, policy, written, options.dryRun()));
    }
}
