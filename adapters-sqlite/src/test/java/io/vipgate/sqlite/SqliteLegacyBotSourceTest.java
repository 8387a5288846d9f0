package io.vipgate.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.application.legacyimport.port.out.LegacySnapshot;
import io.vipgate.application.legacyimport.port.out.LegacySourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader hands every value over as SQLite stored it, never changes the file, and names unreadable files. */
class SqliteLegacyBotSourceTest {

    @TempDir
    Path dir;

    private final SqliteLegacyBotSource source = new SqliteLegacyBotSource();

    @Test
    void valuesArriveInTheirSqliteStorageClass_looseTypingIncluded() throws Exception {
        Path file = dir.resolve("legacy.db");
        try (LegacyFile legacy = LegacyFile.create(file)) {
            legacy.insert("users", "user_id", 42, "first_name", "Ana", "created_at", "2025-11-05 23:30:00.000000")
                    .insert("users", "user_id", "abc", "first_name", 7, "created_at", "not-a-date")
                    .insert("users", "user_id", "43", "first_name", "Bo")
                    .insert("subscription_plans", "id", 1, "duration_days", "thirty", "price", 9.5, "active", 1);
        }

        LegacySnapshot snapshot = source.read(file.toString(), ImportProgress.NONE);

        List<LegacyRow> users = snapshot.table(LegacySchema.USERS).rows();
        assertThat(users).extracting(row -> row.get("user_id")).containsExactly(42L, "abc", 43L);
        assertThat(users.get(0).get("created_at")).isEqualTo("2025-11-05 23:30:00.000000");
        assertThat(users.get(1).get("first_name")).isEqualTo("7");
        assertThat(users.get(2).values()).containsEntry("last_name", null);
        assertThat(snapshot.table(LegacySchema.PLANS).rows().getFirst().values())
                .contains(Map.entry("duration_days", "thirty"), Map.entry("price", 9.5), Map.entry("active", 1L));
        assertThat(snapshot.table(LegacySchema.USERS).columns()).containsExactly("user_id", "username", "first_name",
                "last_name", "role", "created_at", "updated_at");
        assertThat(snapshot.problems()).isEmpty();
    }

    @Test
    void rowsCarryTheirRowid_evenWhenTheIdColumnIsUnusable() throws Exception {
        Path file = dir.resolve("legacy.db");
        try (LegacyFile legacy = LegacyFile.createDamaged(file)) {
            legacy.insert("users", "user_id", null, "first_name", "Nobody");
        }

        LegacyRow row = source.read(file.toString(), ImportProgress.NONE).table(LegacySchema.USERS).rows().getFirst();

        assertThat(row.rowid()).isEqualTo(1L);
        assertThat(row.get("user_id")).isNull();
    }

    @Test
    void missingTable_isReportedAsAProblem_andReadAsEmpty() throws Exception {
        Path file = dir.resolve("legacy.db");
        try (LegacyFile legacy = LegacyFile.create(file)) {
            legacy.connection().createStatement().execute("DROP TABLE free_channel_requests");
        }

        LegacySnapshot snapshot = source.read(file.toString(), ImportProgress.NONE);

        assertThat(snapshot.problems()).extracting(Object::toString)
                .containsExactly("free_channel_requests id -, column -: table is missing from the file");
        assertThat(snapshot.table(LegacySchema.FREE_REQUESTS).rows()).isEmpty();
    }

    @Test
    void theFileIsOpenedReadOnly_andLeftByteForByteAsItWas() throws Exception {
        Path file = dir.resolve("legacy.db");
        try (LegacyFile legacy = LegacyFile.create(file)) {
            legacy.insert("users", "user_id", 42, "first_name", "Ana");
        }
        byte[] before = Files.readAllBytes(file);

        source.read(file.toString(), ImportProgress.NONE);

        assertThat(Arrays.equals(Files.readAllBytes(file), before)).isTrue();
        assertThat(dir.toFile().list()).containsExactly("legacy.db");
    }

    @Test
    void missingFile_isRefused_andNotCreated() {
        Path file = dir.resolve("typo.db");

        assertThatThrownBy(() -> source.read(file.toString(), ImportProgress.NONE))
                .isInstanceOf(LegacySourceException.class).hasMessage("there is no file " + file);
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatIsNoSqliteDatabase_orNoLegacyBotsOne_isRefusedWithTheReason() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "these are not the rows you are looking for".repeat(50));
        Path other = dir.resolve("other.db");
        try (LegacyFile legacy = LegacyFile.create(other)) {
            for (String table : LegacySchema.TABLES) {
                legacy.connection().createStatement().execute("DROP TABLE " + table);
            }
            legacy.connection().createStatement().execute("CREATE TABLE something (id INTEGER)");
        }

        assertThatThrownBy(() -> source.read(text.toString(), ImportProgress.NONE))
                .isInstanceOf(LegacySourceException.class).hasMessageContaining("as an SQLite database");
        assertThatThrownBy(() -> source.read(other.toString(), ImportProgress.NONE))
                .isInstanceOf(LegacySourceException.class).hasMessageContaining("is it the right file?");
    }

    @Test
    void progress_announcesTheTotal_andCountsEveryRow() throws Exception {
        Path file = dir.resolve("legacy.db");
        LegacyFiles.large(file, 2_500, 1_000, java.time.LocalDateTime.of(2025, 11, 10, 12, 0));
        List<String> calls = new ArrayList<>();
        long[] advanced = {0};
        ImportProgress progress = new ImportProgress() {
            @Override
            public void start(String phase, long total) {
                calls.add(phase + " " + total);
            }

            @Override
            public void advance(long done) {
                advanced[0] += done;
            }

            @Override
            public void finish() {
                calls.add("finish");
            }
        };

        source.read(file.toString(), progress);

        assertThat(calls).containsExactly("reading 5250", "finish");
        assertThat(advanced[0]).isEqualTo(5_250);
    }
}
