package io.vipgate.application.legacyimport.port.out;

import io.vipgate.application.legacyimport.port.in.ImportProblem;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An open legacy file: its tables, what the reader itself found wrong (a table missing, say), and the tables the
 * import does not carry with their row counts. Close it when done: its rows are read from the file on demand.
 */
public record LegacySnapshot(
        Map<String, LegacyTable> tables,
        List<ImportProblem> problems,
        Map<String, Long> notCarried,
        AutoCloseable resources)
        implements AutoCloseable {

    public LegacySnapshot {
        tables = Map.copyOf(tables);
        problems = List.copyOf(problems);
        notCarried = java.util.Collections.unmodifiableMap(new TreeMap<>(notCarried));
    }

    /** A snapshot held in memory, with nothing to close. */
    public LegacySnapshot(Map<String, LegacyTable> tables, List<ImportProblem> problems) {
        this(tables, problems, Map.of(), () -> {});
    }

    /** The table, or an empty one when the file lacks it (the reader has reported that as a problem). */
    public LegacyTable table(String name) {
        return tables.getOrDefault(name, LegacyTable.empty(name));
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception failed) {
            throw new LegacySourceException("cannot close the legacy file: " + failed.getMessage(), failed);
        }
    }
}
