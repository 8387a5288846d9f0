package io.vipgate.bootstrap.importer;

import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.application.legacyimport.port.in.ImportProblem;
import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.in.TableReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Prints the closing report: a line per legacy table with the PostgreSQL check, the tables not carried with their row
 * counts, every problem, the notes, and a verdict.
 */
final class ImportReportPrinter {

    /** Past this many lines a broken file (a missing column, say) says the rest in one line. */
    static final int PROBLEM_LIMIT = 1_000;

    private static final String ROW = "%-22s %9s %9s %9s %9s %9s  %s%n";

    private ImportReportPrinter() {}

    static void print(ImportReport report, ImportOptions options, PrintStream out) {
        out.println();
        out.println("Import from " + options.location()
                + (report.outcome() == ImportReport.Outcome.DRY_RUN ? " (dry run)" : ""));
        out.printf(ROW, "table", "read", "imported", "present", "left out", "skipped", "in PostgreSQL");
        for (TableReport table : report.tables()) {
            out.printf(
                    ROW,
                    table.table(),
                    table.read(),
                    table.imported(),
                    table.alreadyPresent(),
                    table.leftOut(),
                    table.skipped(),
                    check(table, report.outcome()));
        }
        notCarried(report.notCarried(), out);
        problems(report.problems(), out);
        if (!report.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            report.notes().forEach(note -> out.println("  - " + note));
        }
        out.println();
        out.println(verdict(report, options.skipInvalid()));
    }

    /** Every other table of the file, so that an operator knows what stays behind before switching over. */
    private static void notCarried(Map<String, Long> tables, PrintStream out) {
        out.println();
        if (tables.isEmpty()) {
            out.println("Not carried: the file has no tables beyond the ones above.");
            return;
        }
        out.println("Not carried (" + tables.size() + " tables; vipgate has no place for them, they stay in the"
                + " legacy file):");
        tables.forEach((table, rows) -> out.printf("  %-32s %9d rows%n", table, rows));
    }

    private static String check(TableReport table, ImportReport.Outcome outcome) {
        if (outcome == ImportReport.Outcome.REJECTED || table.inPostgres().isEmpty()) {
            return "-";
        }
        return table.inPostgres().getAsLong() + (table.verified() ? " ok" : " MISMATCH");
    }

    private static void problems(List<ImportProblem> problems, PrintStream out) {
        if (problems.isEmpty()) {
            return;
        }
        out.println();
        out.println("Problems (" + problems.size() + "): table, row id, column: what is wrong");
        problems.stream().limit(PROBLEM_LIMIT).forEach(problem -> out.println("  - " + problem));
        if (problems.size() > PROBLEM_LIMIT) {
            out.println("  ... and " + (problems.size() - PROBLEM_LIMIT) + " more");
        }
    }

    /** True when the run found rows an import would refuse: a rejection, or a dry run without --skip-invalid. */
    static boolean refuses(ImportReport report, boolean skipInvalid) {
        return report.outcome() == ImportReport.Outcome.REJECTED
                || !report.problems().isEmpty() && !skipInvalid;
    }

    static String verdict(ImportReport report, boolean skipInvalid) {
        if (report.outcome() == ImportReport.Outcome.DRY_RUN && refuses(report, skipInvalid)) {
            return "DRY RUN: nothing was written. " + report.problems().size() + " problem(s) in " + report.skipped()
                    + " row(s): an import would refuse the file. The table shows what it would write of the valid rows"
                    + " with --skip-invalid; fix the rows listed above, or run again with it.";
        }
        return switch (report.outcome()) {
            case REJECTED ->
                "REJECTED: " + report.problems().size() + " problem(s) in " + report.skipped()
                        + " row(s); nothing was written. Fix them, or run again with --skip-invalid to import the rest.";
            case DRY_RUN ->
                "DRY RUN: nothing was written; the table shows what an import would do." + skippedSentence(report);
            case IMPORTED ->
                (report.tables().stream().mapToInt(TableReport::imported).sum() == 0
                                ? "NOTHING NEW: every row was already in vipgate, so nothing was written twice."
                                : "IMPORTED in one transaction; PostgreSQL holds every row the table counts.")
                        + skippedSentence(report);
        };
    }

    private static String skippedSentence(ImportReport report) {
        return report.skipped() == 0 ? "" : " " + report.skipped() + " invalid row(s) were skipped, as listed above.";
    }
}
