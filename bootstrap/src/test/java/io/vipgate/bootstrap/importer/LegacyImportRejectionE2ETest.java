package io.vipgate.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.sqlite.LegacyFile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command refusing: invalid rows (all or, on request, only those), unreadable files, wrong arguments. */
@QuarkusTest
@TestProfile(ImportTestMode.class)
class LegacyImportRejectionE2ETest {

    @TempDir
    Path dir;

    @Inject
    ImportCommand command;

    @Inject
    DataSource database;

    final CleanLegacyFile legacy = new CleanLegacyFile();

    ImportRun importer;

    @BeforeEach
    void prepare() {
        importer = new ImportRun(command);
    }

    int run(String... args) {
        return importer.run(args);
    }

    String output() {
        return importer.output();
    }

    @Test
    void dirtyFile_isRejected_withTheRightMessages_andNothingWritten() throws Exception {
        Path file = legacy.write(dir.resolve("dirty.db"));
        try (LegacyFile dirty = LegacyFile.open(file)) {
            dirty.insert(
                            "users",
                            "user_id",
                            legacy.vip + 5,
                            "first_name",
                            "Late",
                            "role",
                            "FREE",
                            "created_at",
                            "not-a-date",
                            "updated_at",
                            CleanLegacyFile.at(legacy.now))
                    .insert(
                            "vip_subscribers",
                            "user_id",
                            legacy.vip + 6,
                            "join_date",
                            "2025-02-30 10:00:00",
                            "expiry_date",
                            "2025-03-30 10:00:00",
                            "status",
                            "active",
                            "token_id",
                            3);
        }

        assertThat(run("import-sqlite", "--file", file.toString(), "--default-duration", "2w"))
                .isEqualTo(65);

        assertThat(output())
                .contains(
                        "users id " + (legacy.vip + 5)
                                + ", column created_at: expected a date-time like 2025-11-05 12:30:45,"
                                + " found text \"not-a-date\"",
                        "vip_subscribers id 3, column user_id: refers to user " + (legacy.vip + 6)
                                + ", who is not in users",
                        "vip_subscribers id 3, column join_date: is not a real date or time: text \"2025-02-30 10:00:00\"",
                        "REJECTED: 3 problem(s) in 2 row(s); nothing was written.");
        assertThat(new Rows(database)
                        .row(
                                "SELECT count(*) FROM app_user WHERE id IN (?, ?, ?)",
                                legacy.vip,
                                legacy.former,
                                legacy.admin))
                .containsExactly(0L);
    }

    @Test
    void skipInvalid_importsTheRest_andListsWhatItSkipped() throws Exception {
        Path file = legacy.write(dir.resolve("dirty.db"));
        try (LegacyFile dirty = LegacyFile.open(file)) {
            dirty.insert(
                    "users",
                    "user_id",
                    "abc",
                    "first_name",
                    "Text id",
                    "role",
                    "FREE",
                    "created_at",
                    CleanLegacyFile.at(legacy.now),
                    "updated_at",
                    CleanLegacyFile.at(legacy.now));
        }

        assertThat(run("import-sqlite", "--file", file.toString(), "--skip-invalid", "--default-duration", "2w"))
                .isZero();

        assertThat(output())
                .contains("users id text \"abc\" (rowid 5), column user_id: expected an integer")
                .containsPattern("users +5 +3 +0 +1 +1  3 ok")
                .contains("1 invalid row(s) were skipped");
    }

    @Test
    void unreadableFile_andWrongArguments_exitWithTheirOwnStatus() {
        assertThat(run("import-sqlite", "--file", dir.resolve("typo.db").toString()))
                .isEqualTo(66);
        assertThat(importer.errors()).contains("there is no file");
        assertThat(run("import-sqlite", "--dry-run")).isEqualTo(64);
        assertThat(importer.errors()).contains("--file is missing").contains("usage:");
    }
}
