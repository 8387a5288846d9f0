package io.vipgate.application.legacyimport.port.out;

import io.vipgate.application.legacyimport.port.in.ImportProblem;
import java.util.List;
import java.util.Map;

/** Everything read from a legacy file, with what the reader itself found wrong (a table missing, say). */
public record LegacySnapshot(Map<String, LegacyTable> tables, List<ImportProblem> problems) {

    public LegacySnapshot {
        tables = Map.copyOf(tables);
        problems = List.copyOf(problems);
    }

    /** The table, or an empty one when the file lacks it (the reader has reported that as a problem). */
    public LegacyTable table(String name) {
        return tables.getOrDefault(name, LegacyTable.empty(name));
    }
}
