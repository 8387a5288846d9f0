package io.vipgate.application.legacyimport.port.in;

import java.util.Objects;

/**
 * One thing wrong in the legacy file: which table, which row (its id, or its SQLite rowid when the id itself is
 * unusable, or "-" for the whole table) and which column. Never quotes a token's text: that would be a secret.
 */
public record ImportProblem(String table, String id, String column, String message) {

    public static final String WHOLE_TABLE = "-";

    public ImportProblem {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return table + " id " + id + ", column " + column + ": " + message;
    }
}
