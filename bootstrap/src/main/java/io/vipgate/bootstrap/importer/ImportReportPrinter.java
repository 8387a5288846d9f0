package io.vipgate.bootstrap.importer;

import io.vipgate.application.legacyimport.port.in.ImportProblem;
import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.in.TableReport;
import java.io.PrintStream;
import java.util.List;

/** Prints the closing report: a table per legacy table with the PostgreSQL check, every problem, then the notes. */
final class ImportReportPrinter {

    /** Past this many lines a broken file (a missing column, say) says the rest in one line. */
    static final int PROBLEM_LIMIT = 1_000;
    private static final String ROW = "%-22s %9s %9s %9s %9s %9s  %s%n";

    private ImportReportPrinter() {
    }

    static void print(ImportReport report, String file, PrintStream out) {
        out.println();
        out.println("Import from " + file + (report.outcome() == ImportReport.Outcome.DRY_RUN ? " (dry run)" : ""));
        out.printf(ROW, "table", "read", "imported", "present", "left out", "skipped", "in PostgreSQL");
        for (TableReport table : report.tables()) {
            out.printf(ROW, table.table(), table.read(), table.imported(), table.alreadyPresent(), table.leftOut(),
                    table.skipped(), check(table, report.outcome()));
        }
        problems(report.problems(), out);
        if (!report.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            report.notes().forEach(note -> out.println("  - " + note));
        }
        out.println();
        out.println(verdict(report));
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

    static String verdict(ImportReport report) {
        return switch (report.outcome()) {
            case REJECTED -> "REJECTED: " + report.problems().size() + " problem(s) in " + report.skipped()
                    + " row(s); nothing was written. Fix them, or run again with --skip-invalid to import the rest.";
            case DRY_RUN -> "DRY RUN: nothing was written; the table shows what an import would do."
                    + skippedSentence(report);
            case IMPORTED -> (report.tables().stream().mapToInt(TableReport::imported).sum() == 0
                    ? "NOTHING NEW: every row was already in vipgate, so nothing was written twice."
                    : "IMPORTED in one transaction; PostgreSQL holds every row the table counts.")
                    + skippedSentence(report);
        };
    }

    private static String skippedSentence(ImportReport report) {
        return report.skipped() == 0 ? "" : " " + report.skipped() + " invalid row(s) were skipped, as listed above.";
    }
}
