package io.vipgate.bootstrap.importer;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.QuarkusApplication;
import io.vipgate.application.legacyimport.port.in.ImportLegacyBotUseCase;
import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.LegacySourceException;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * {@code vipgate import-sqlite ...}: runs the import inside Quarkus, prints the report on stdout (logs and the progress
 * bar go to stderr, see {@link ImportMode}), returns the exit status.
 */
@Singleton
@Unremovable
public class ImportCommand implements QuarkusApplication {

    /** Exit statuses after sysexits.h, as the rest of the executable uses them. */
    static final int OK = 0;

    static final int USAGE = 64;
    static final int INVALID_ROWS = 65;
    static final int UNREADABLE_FILE = 66;
    static final int WRITE_FAILED = 70;
    private static final Logger LOG = Logger.getLogger(ImportCommand.class);

    private final ImportLegacyBotUseCase importer;

    ImportCommand(ImportLegacyBotUseCase importer) {
        this.importer = importer;
    }

    @Override
    public int run(String... args) {
        return execute(List.of(args), System.out, System.err, TerminalProgress.onTerminal(System.err));
    }

    int execute(List<String> args, PrintStream out, PrintStream err, ImportProgress progress) {
        ImportArguments parsed;
        try {
            parsed = ImportArguments.parse(args);
        } catch (IllegalArgumentException wrong) {
            err.println("import-sqlite: " + wrong.getMessage());
            err.println(ImportArguments.USAGE);
            return USAGE;
        }
        if (parsed.help()) {
            out.println(ImportArguments.USAGE);
            return OK;
        }
        ImportReport report;
        try {
            report = importer.importFrom(parsed.options(), progress)
                    .toCompletableFuture()
                    .join();
        } catch (CompletionException | LegacySourceException failed) {
            Throwable cause = failed instanceof CompletionException ? failed.getCause() : failed;
            if (cause instanceof LegacySourceException unreadable) {
                err.println("import-sqlite: " + unreadable.getMessage());
                return UNREADABLE_FILE;
            }
            LOG.error("import failed", cause);
            err.println(
                    "import-sqlite: the import failed and was rolled back, nothing was written: " + cause.getMessage());
            return WRITE_FAILED;
        }
        ImportReportPrinter.print(report, parsed.options(), out);
        return ImportReportPrinter.refuses(report, parsed.options().skipInvalid()) ? INVALID_ROWS : OK;
    }
}
