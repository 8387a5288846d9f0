package io.vipgate.application.fakes;

import io.vipgate.application.legacyimport.port.out.LegacyBotSource;
import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.application.legacyimport.port.out.LegacySnapshot;
import io.vipgate.application.legacyimport.port.out.LegacyTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds legacy snapshots row by row, with the columns of the legacy DDL, and serves them as a source. */
public final class LegacySnapshots implements LegacyBotSource {

    private static final Map<String, List<String>> COLUMNS = Map.of(
            LegacySchema.BOT_CONFIG,
                    List.of(
                            "id",
                            "vip_channel_id",
                            "free_channel_id",
                            "wait_time_minutes",
                            "vip_reactions",
                            "free_reactions",
                            "subscription_fees",
                            "created_at",
                            "updated_at"),
            LegacySchema.USERS,
                    List.of("user_id", "username", "first_name", "last_name", "role", "created_at", "updated_at"),
            LegacySchema.PLANS,
                    List.of("id", "name", "duration_days", "price", "currency", "active", "created_at", "created_by"),
            LegacySchema.TOKENS,
                    List.of(
                            "id",
                            "token",
                            "generated_by",
                            "created_at",
                            "duration_hours",
                            "used",
                            "used_by",
                            "used_at",
                            "plan_id"),
            LegacySchema.SUBSCRIBERS, List.of("id", "user_id", "join_date", "expiry_date", "status", "token_id"),
            LegacySchema.FREE_REQUESTS, List.of("id", "user_id", "request_date", "processed", "processed_at"));

    private final Map<String, List<LegacyRow>> rows = new LinkedHashMap<>();
    private long rowid;
    public String readLocation;

    /** Adds a row given as column, value pairs; integers are widened to Long as SQLite hands them over. */
    public LegacySnapshots row(String table, Object... columnsAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Object value = columnsAndValues[i + 1];
            values.put((String) columnsAndValues[i], value instanceof Integer small ? Long.valueOf(small) : value);
        }
        rows.computeIfAbsent(table, name -> new ArrayList<>()).add(new LegacyRow(++rowid, values));
        return this;
    }

    public LegacySnapshot snapshot() {
        Map<String, LegacyTable> tables = new HashMap<>();
        COLUMNS.forEach((table, columns) ->
                tables.put(table, new LegacyTable(table, columns, rows.getOrDefault(table, List.of()))));
        return new LegacySnapshot(tables, List.of());
    }

    @Override
    public LegacySnapshot read(String location, io.vipgate.application.legacyimport.port.out.ImportProgress progress) {
        readLocation = location;
        return snapshot();
    }
}
