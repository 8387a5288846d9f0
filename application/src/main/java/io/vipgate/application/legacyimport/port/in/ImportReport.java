package io.vipgate.application.legacyimport.port.in;

import java.util.List;

/** The closing report of an import: one line per legacy table, every problem found, and notes for the operator. */
public record ImportReport(Outcome outcome, List<TableReport> tables, List<ImportProblem> problems,
                           List<String> notes) {

    /** How the run ended. */
    public enum Outcome {
        /** Written and committed (invalid rows, if any, were skipped on request). */
        IMPORTED,
        /** Everything an import would do was done and rolled back. */
        DRY_RUN,
        /** Invalid rows and no {@code --skip-invalid}: nothing was written. */
        REJECTED
    }

    public ImportReport {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public int skipped() {
        return tables.stream().mapToInt(TableReport::skipped).sum();
    }
}
