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

        LegacySnapshot snapshot = read(file);

        List<LegacyRow> users = rows(snapshot, LegacySchema.USERS);
        assertThat(users).extracting(row -> row.get("user_id")).containsExactly(42L, "abc", 43L);
        assertThat(users.get(0).get("created_at")).isEqualTo("2025-11-05 23:30:00.000000");
        assertThat(users.get(1).get("first_name")).isEqualTo("7");
        assertThat(users.get(2).values()).containsEntry("last_name", null);
        assertThat(rows(snapshot, LegacySchema.PLANS).getFirst().values())
                .contains(Map.entry("duration_days", "thirty"), Map.entry("price", 9.5), Map.entry("active", 1L));
        assertThat(snapshot.table(LegacySchema.USERS).columns())
                .containsExactly("user_id", "username", "first_name", "last_name", "role", "created_at", "updated_at");
        assertThat(snapshot.problems()).isEmpty();
    }

    @Test
    void rowsCarryTheirRowid_evenWhenTheIdColumnIsUnusable() throws Exception {
        Path file = dir.resolve("legacy.db");
        try (LegacyFile legacy = LegacyFile.createDamaged(file)) {
            legacy.insert("users", "user_id", null, "first_name", "Nobody");
        }

        LegacyRow row = rows(read(file), LegacySchema.USERS).getFirst();

        assertThat(row.rowid()).isEqualTo(1L);
        assertThat(row.get("user_id")).isNull();
    }

    @Test
    void missingTable_isReportedAsAProblem_andReadAsEmpty() throws Exception {
        Path file = dir.resolve("legacy.db");
        try (LegacyFile legacy = LegacyFile.create(file)) {
            legacy.connection().createStatement().execute("DROP TABLE free_channel_requests");
        }

        LegacySnapshot snapshot = read(file);

        assertThat(snapshot.problems())
                .extracting(Object::toString)
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

        rows(read(file), LegacySchema.USERS);

        assertThat(Arrays.equals(Files.readAllBytes(file), before)).isTrue();
        assertThat(dir.toFile().list()).containsExactly("legacy.db");
    }

    @Test
    void aWalModeFile_isReadWithoutAnythingAppearingBesideIt_whileOpenOrAfter() throws Exception {
        Path file = dir.resolve("bot.db");
        try (LegacyFile legacy = LegacyFile.createLikeTheBot(file, 2)) {
            legacy.insert(
                    "users",
                    "user_id",
                    42,
                    "first_name",
                    "Ana",
                    "role",
                    "VIP",
                    "created_at",
                    "2025-11-05 23:30:00.000000",
                    "updated_at",
                    "2025-11-05 23:30:00.000000");
        }
        assertThat(walMode(file)).isTrue();
        assertThat(dir.toFile().list()).containsExactly("bot.db");
        byte[] before = Files.readAllBytes(file);

        LegacySnapshot snapshot = read(file);
        List<LegacyRow> users = rows(snapshot, LegacySchema.USERS);
        String[] whileOpen = dir.toFile().list();
        snapshot.close();

        assertThat(users).extracting(row -> row.get("user_id")).containsExactly(0L, 42L);
        assertThat(whileOpen).containsExactly("bot.db");
        assertThat(dir.toFile().list()).containsExactly("bot.db");
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).isTrue();
    }

    @Test
    void aWalFileOfABotStillRunning_isReadFromACopy_rowsInTheWalIncluded_andTheOriginalsUntouched() throws Exception {
        Path file = dir.resolve("bot.db");
        try (LegacyFile running = LegacyFile.createLikeTheBot(file, 0)) {
            running.insert(
                    "users",
                    "user_id",
                    43,
                    "first_name",
                    "Bo",
                    "role",
                    "FREE",
                    "created_at",
                    "2025-11-05 23:30:00.000000",
                    "updated_at",
                    "2025-11-05 23:30:00.000000");
            Path wal = dir.resolve("bot.db-wal");
            assertThat(wal).exists();
            byte[] fileBefore = Files.readAllBytes(file);
            byte[] walBefore = Files.readAllBytes(wal);
            long copiesBefore = temporaryCopies();

            LegacySnapshot snapshot = read(file);
            List<LegacyRow> users = rows(snapshot, LegacySchema.USERS);
            snapshot.close();

            assertThat(users).extracting(row -> row.get("user_id")).containsExactly(0L, 43L);
            assertThat(dir.toFile().list()).containsExactlyInAnyOrder("bot.db", "bot.db-wal", "bot.db-shm");
            assertThat(Arrays.equals(Files.readAllBytes(file), fileBefore)).isTrue();
            assertThat(Arrays.equals(Files.readAllBytes(wal), walBefore)).isTrue();
            assertThat(temporaryCopies()).as("the copy is removed on close").isEqualTo(copiesBefore);
        }
    }

    @Test
    void everyTableBeyondTheSix_isNamedWithItsRowCount() throws Exception {
        Path file = dir.resolve("bot.db");
        try (LegacyFile ignored = LegacyFile.createLikeTheBot(file, 3)) {
            ignored.connection()
                    .createStatement()
                    .execute("INSERT INTO rewards (name, reward_type) VALUES ('x', 'BADGE')");
        }

        LegacySnapshot snapshot = read(file);

        assertThat(snapshot.notCarried())
                .containsOnlyKeys(
                        "alembic_version",
                        "besitos_transactions",
                        "daily_gift_claims",
                        "menu_items",
                        "rewards",
                        "user_badges",
                        "user_gamification_profiles",
                        "user_missions",
                        "user_streaks");
        assertThat(snapshot.notCarried()).containsEntry("rewards", 4L).containsEntry("user_streaks", 3L);
        assertThat(snapshot.problems()).isEmpty();
    }

    private static boolean walMode(Path file) throws Exception {
        byte[] header = Arrays.copyOf(Files.readAllBytes(file), 20);
        // Bytes 18 and 19 of an SQLite header are the read and write versions: 2 means WAL.
        return header[18] == 2 && header[19] == 2;
    }

    private static long temporaryCopies() throws Exception {
        try (var paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return paths.filter(path -> path.getFileName().toString().startsWith("vipgate-legacy-"))
                    .count();
        }
    }

    @Test
    void missingFile_isRefused_andNotCreated() {
        Path file = dir.resolve("typo.db");

        assertThatThrownBy(() -> source.read(file.toString(), ImportProgress.NONE))
                .isInstanceOf(LegacySourceException.class)
                .hasMessage("there is no file " + file);
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
                .isInstanceOf(LegacySourceException.class)
                .hasMessageContaining("as an SQLite database");
        assertThatThrownBy(() -> source.read(other.toString(), ImportProgress.NONE))
                .isInstanceOf(LegacySourceException.class)
                .hasMessageContaining("is it the right file?");
    }

    /** Opens the file, and closes it once the test is done with it. */
    private LegacySnapshot read(Path file) {
        LegacySnapshot snapshot = source.read(file.toString(), ImportProgress.NONE);
        opened.add(snapshot);
        return snapshot;
    }

    private final List<LegacySnapshot> opened = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void closeTheFiles() {
        opened.forEach(LegacySnapshot::close);
    }

    static List<LegacyRow> rows(LegacySnapshot snapshot, String table) {
        List<LegacyRow> rows = new ArrayList<>();
        snapshot.table(table).rows().forEach(rows::add);
        return rows;
    }
}
