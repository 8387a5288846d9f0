package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.in.ImportLegacyBotUseCase;
import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportSession;
import io.vipgate.application.legacyimport.port.out.ImportTarget;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.LegacyBotSource;
import io.vipgate.application.legacyimport.port.out.LegacySnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Imports a legacy bot in two passes over the file: the first checks every row and keeps only what references need
 * (ids), the second maps the valid rows again and streams them, a batch at a time, into one transaction. Memory
 * stays at one batch whatever the size of the file. Blocking: it runs on the import command's own thread.
 */
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
        try (LegacySnapshot snapshot = source.read(options.location(), progress)) {
            progress.start(
                    "checking",
                    snapshot.tables().values().stream()
                            .mapToLong(t -> t.count())
                            .sum());
            LegacyValidation checked;
            try {
                checked = new LegacyValidation(snapshot, options, policy, now, LegacyValidation.Sink.NONE, progress);
            } finally {
                progress.finish();
            }
            // A dry run goes on with the valid rows even when some are not, so that it previews the counts.
            if (!checked.valid() && !options.skipInvalid() && !options.dryRun()) {
                return CompletableFuture.completedFuture(
                        ImportReports.rejected(checked, policy, snapshot.notCarried()));
            }
            ImportWritten written = write(snapshot, checked, options, progress, now);
            return CompletableFuture.completedFuture(
                    ImportReports.written(checked, policy, written, options.dryRun(), snapshot.notCarried()));
        } catch (CompletionException failed) {
            return CompletableFuture.failedFuture(failed.getCause() == null ? failed : failed.getCause());
        } catch (RuntimeException failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }

    private ImportWritten write(
            LegacySnapshot snapshot,
            LegacyValidation checked,
            ImportOptions options,
            ImportProgress progress,
            Instant now) {
        ImportSession session =
                target.begin(options.dryRun(), progress).toCompletableFuture().join();
        progress.start("writing", checked.rows());
        try {
            ImportStream stream = new ImportStream(session);
            new LegacyValidation(snapshot, options, policy, now, stream, ImportProgress.NONE);
            ImportWritten written = stream.flush();
            session.finish().toCompletableFuture().join();
            return written;
        } catch (RuntimeException failed) {
            session.abort().toCompletableFuture().exceptionally(ignored -> null).join();
            throw failed;
        } finally {
            progress.finish();
        }
    }
}
