package io.vipgate.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar redraws in place, only when the percentage moves, and ends its line when a phase ends. */
class TerminalProgressTest {

    @Test
    void drawsABarPerPercent_andEndsTheLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        progress.start("writing", 1_000);
        for (int i = 0; i < 1_000; i++) {
            progress.advance(1);
        }
        progress.finish();

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn.split("\r", -1)).hasSize(1 + 101);
        assertThat(drawn)
                .startsWith("\rwriting  [" + ".".repeat(30) + "]   0% 0/1,000 rows")
                .endsWith("\rwriting  [" + "#".repeat(30) + "] 100% 1,000/1,000 rows" + System.lineSeparator());
    }
}
