package io.vipgate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The migrations form one linear chain: V1, V2, … with no gap, no duplicate and no stray file. */
class MigrationChainTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql");

    static List<Integer> versions() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(path -> path.getFileName().toString())
                    .map(name -> {
                        Matcher matcher = NAME.matcher(name);
                        assertThat(matcher.matches())
                                .as("migration file name %s", name)
                                .isTrue();
                        return Integer.parseInt(matcher.group(1));
                    })
                    .sorted()
                    .toList();
        }
    }

    @Test
    void versions_runFromOneWithoutGapsOrDuplicates() throws IOException {
        List<Integer> versions = versions();

        assertThat(versions).isNotEmpty();
        assertThat(versions)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, versions.getLast()).boxed().toList());
    }
}
