package io.vipgate.application.legacyimport.port.out;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One legacy row exactly as SQLite stored it: each value as its storage class (Long, Double, String, byte[]
 * or null), because SQLite's loose typing lets text sit in an integer column and validation must see that.
 */
public record LegacyRow(long rowid, Map<String, Object> values) {

    public LegacyRow {
        // Not Map.copyOf: SQL NULLs are values here.
        values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    public Object get(String column) {
        return values.get(column);
    }
}
