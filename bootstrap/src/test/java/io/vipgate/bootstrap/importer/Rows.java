package io.vipgate.bootstrap.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads one row straight from PostgreSQL over JDBC, timestamps as Instants, to check what the import wrote. */
record Rows(DataSource database) {

    /** The first row's columns, or an empty list when there is none. */
    List<Object> row(String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Object> values = new ArrayList<>();
                if (rows.next()) {
                    ResultSetMetaData meta = rows.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        boolean timestamp = meta.getColumnType(i) == Types.TIMESTAMP
                                || meta.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE;
                        OffsetDateTime time = timestamp ? rows.getObject(i, OffsetDateTime.class) : null;
                        values.add(timestamp ? (time == null ? null : time.toInstant()) : rows.getObject(i));
                    }
                }
                return values;
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }
}
