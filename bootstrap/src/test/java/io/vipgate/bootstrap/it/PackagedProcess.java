package io.vipgate.bootstrap.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the fast-jar, or the native executable after {@code -Dnative}) started as a process
 * of its own with exactly the given environment, as a container platform starts it.
 */
final class PackagedProcess implements AutoCloseable {

    private static final Path TARGET = Path.of("target");

    private final Process process;
    private final Path output;
    private final Path errors;

    private PackagedProcess(Process process, Path output) {
        this(process, output, output);
    }

    private PackagedProcess(Process process, Path output, Path errors) {
        this.process = process;
        this.output = output;
        this.errors = errors;
    }

    /**
     * Starts the artifact with arguments, as an operator runs a command of it; stdout goes to
     * {@code target/<name>.out} and stderr to {@code target/<name>.err}, apart, so a test can tell them apart.
     */
    static PackagedProcess command(String name, Map<String, String> environment, List<String> args) {
        Path out = TARGET.resolve(name + ".out").toAbsolutePath();
        Path err = TARGET.resolve(name + ".err").toAbsolutePath();
        List<String> command = new ArrayList<>(command());
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            return new PackagedProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the process wrote on stderr (the same as {@link #output()} unless started by {@link #command}). */
    String errors() {
        try {
            return Files.readString(errors, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the artifact the build just made; stdout and stderr go to {@code target/<name>.log}. */
    static PackagedProcess start(String name, Map<String, String> environment) {
        return start(name, environment, List.of());
    }

    /** The same, with command-line arguments ({@code import-sqlite ...}). */
    static PackagedProcess start(String name, Map<String, String> environment, List<String> args) {
        Path output = TARGET.resolve(name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(command());
        command.addAll(args);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            return new PackagedProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to {@code limit} for the process to end; its exit status. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + limit + "; output:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGTERM, as a platform stops a service. */
    void terminate() {
        process.destroy();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process printed so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** What Quarkus wrote about the artifact it built: a jar to run with this JDK, or a native executable. */
    private static List<String> command() {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(TARGET.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("package the application first (./mvnw verify)", e);
        }
        String path =
                TARGET.resolve(artifact.getProperty("path")).toAbsolutePath().toString();
        List<String> command = new ArrayList<>();
        if ("jar".equals(artifact.getProperty("type"))) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-jar");
        }
        command.add(path);
        return command;
    }
}
