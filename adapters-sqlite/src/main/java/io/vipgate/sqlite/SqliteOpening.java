package io.vipgate.sqlite;

import io.vipgate.application.legacyimport.port.out.LegacySourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * How the legacy file is opened so that nothing is written beside it. The legacy bot keeps its file in WAL mode, and
 * SQLite opening such a file, even read-only, creates {@code -wal} and {@code -shm} files next to it. When the bot was
 * stopped cleanly there is no {@code -wal} file: the file is opened immutable (SQLite neither locks nor writes). When
 * a {@code -wal} file is there, it holds committed rows not yet in the file: the file and its {@code -wal} are copied
 * to a temporary directory and the copy is read, so those rows count and the original stays untouched.
 */
final class SqliteOpening implements AutoCloseable {

    private final Path file;
    private final Path copyDir;

    private SqliteOpening(Path file, Path copyDir) {
        this.file = file;
        this.copyDir = copyDir;
    }

    static SqliteOpening of(Path file) {
        Path wal = sibling(file, "-wal");
        if (!Files.exists(wal)) {
            return new SqliteOpening(file, null);
        }
        try {
            Path dir = Files.createTempDirectory("vipgate-legacy-");
            Path copy = dir.resolve(file.getFileName());
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(wal, sibling(copy, "-wal"), StandardCopyOption.COPY_ATTRIBUTES);
            return new SqliteOpening(copy, dir);
        } catch (IOException failed) {
            throw new LegacySourceException(
                    "cannot copy " + file + " and its -wal file to read them: " + failed.getMessage(), failed);
        }
    }

    /** True when the copy is read because the original had a {@code -wal} file. */
    boolean readsACopy() {
        return copyDir != null;
    }

    Connection connect() throws SQLException {
        if (readsACopy()) {
            // The copy is ours: SQLite may fold the -wal into it and write its -shm there.
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
    }

    @Override
    public void close() {
        if (copyDir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(copyDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover temporary copy is the operating system's to clean; the import's result stands.
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
