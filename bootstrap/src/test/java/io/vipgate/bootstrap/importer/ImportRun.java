package io.vipgate.bootstrap.importer;

import io.vipgate.application.legacyimport.port.out.ImportProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the import command as the executable would, capturing what it prints. */
final class ImportRun {

    private final ImportCommand command;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    ImportRun(ImportCommand command) {
        this.command = command;
    }

    /** The exit status; {@link #output()} and {@link #errors()} hold what this run printed. */
    int run(String... args) {
        out.reset();
        err.reset();
        return command.execute(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                ImportProgress.NONE);
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
