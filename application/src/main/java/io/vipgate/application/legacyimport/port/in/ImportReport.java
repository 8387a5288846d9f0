package io.vipgate.application.legacyimport.port.in;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closing report of an import: one line per legacy table, every problem found, notes for the operator, and
 * every other table of the file (which the import does not carry) with its row count.
 */
public record ImportReport(
        Outcome outcome,
        List<TableReport> tables,
        List<ImportProblem> problems,
        List<String> notes,
        Map<String, Long> notCarried) {

    /** How the run ended. */
    public enum Outcome {
        /** Written and committed (invalid rows, if any, were skipped on request). */
        IMPORTED,
        /** Everything an import would do with the valid rows was done and rolled back. */
        DRY_RUN,
        /** Invalid rows and no {@code --skip-invalid}: nothing was written. */
        REJECTED
    }

    public ImportReport {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        notCarried = Collections.unmodifiableMap(new LinkedHashMap<>(notCarried));
    }

    public int skipped() {
        return tables.stream().mapToInt(TableReport::skipped).sum();
    }
}
