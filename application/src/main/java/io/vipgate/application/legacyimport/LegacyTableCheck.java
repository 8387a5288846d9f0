package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.in.ImportProblem;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.application.legacyimport.port.out.LegacyTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks one legacy table row by row, collecting problems and counting read, left-out and skipped rows. */
final class LegacyTableCheck {

    private static final int PROGRESS_STEP = 1_000;

    private final LegacyTable table;
    private final String idColumn;
    private final List<ImportProblem> problems;
    private final ImportProgress progress;
    private int read;
    private int leftOut;
    private int skipped;

    LegacyTableCheck(
            LegacyTable table, List<String> requiredColumns, List<ImportProblem> problems, ImportProgress progress) {
        this.table = table;
        this.progress = progress;
        this.idColumn = LegacySchema.idColumn(table.name());
        this.problems = problems;
        // A table the reader did not find has no columns; the reader has said so already.
        if (!table.columns().isEmpty()) {
            requiredColumns.stream()
                    .filter(column -> !table.columns().contains(column))
                    .forEach(column -> problems.add(new ImportProblem(
                            table.name(), ImportProblem.WHOLE_TABLE, column, "column is missing from the file")));
        }
    }

    String name() {
        return table.name();
    }

    Iterable<LegacyRow> rows() {
        return table.rows();
    }

    /** Starts checking {@code row}; {@link #settle} counts it. */
    LegacyRowCheck row(LegacyRow row) {
        read++;
        if (read % PROGRESS_STEP == 0) {
            progress.advance(PROGRESS_STEP);
        }
        return new LegacyRowCheck(this, row);
    }

    /** Counts a checked row: skipped when it had a problem, left out when valid but not carried over. */
    void settle(LegacyRowCheck row, boolean carried) {
        if (!row.ok()) {
            skipped++;
        } else if (!carried) {
            leftOut++;
        }
    }

    /** Valid rows that turned out not to be carried after all (a user's repeated request, say). */
    void leaveOut(int rows) {
        leftOut += rows;
    }

    /** Raw values of {@code column} that more than one row holds (SQL NULL never counts as a duplicate). */
    Set<Object> duplicates(String column) {
        Map<Object, Long> counts = new HashMap<>();
        if (!table.columns().contains(column)) {
            return Set.of();
        }
        for (Object value : table.values(column)) {
            if (value != null) {
                counts.merge(value, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** How the row is named in problems: its id, or its SQLite rowid when the id itself is unusable. */
    String idOf(LegacyRow row) {
        Object id = row.get(idColumn);
        return id instanceof Long number
                ? number.toString()
                : id == null ? "rowid " + row.rowid() : LegacyValues.describe(id) + " (rowid " + row.rowid() + ")";
    }

    void problem(LegacyRow row, String column, String message) {
        problems.add(new ImportProblem(table.name(), idOf(row), column, message));
    }

    int read() {
        return read;
    }

    int leftOut() {
        return leftOut;
    }

    int skipped() {
        return skipped;
    }
}
