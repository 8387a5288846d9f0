package io.vipgate.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Readiness waits for the latest migration this release ships: the constant must name it. */
class SchemaVersionTest {

    private static final Path MIGRATIONS = Path.of("../adapters-persistence/src/main/resources/db/migration");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void readinessExpects_theHighestMigration() throws IOException {
        int highest;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            highest = files.map(file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max()
                    .orElseThrow();
        }

        assertThat(SchemaReadinessCheck.LATEST_MIGRATION).isEqualTo(Integer.toString(highest));
    }
}
