package io.vipgate.telegram.nativeimage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * This module's GraalVM {@code reflect-config.json}, which native-image finds in the jar by itself: every class gets
 * its constructors, methods and fields, as Jackson reads annotations and calls builders on all of them.
 */
final class ReflectConfig {

    /** Where the file lives in the jar (and under src/main/resources). */
    static final String RESOURCE = "META-INF/native-image/io.vipgate/adapters-telegram/reflect-config.json";

    /** The flags each entry must carry. */
    static final List<String> FLAGS = List.of(
            "allDeclaredConstructors",
            "allPublicConstructors",
            "allDeclaredMethods",
            "allPublicMethods",
            "allDeclaredFields",
            "allPublicFields");

    private ReflectConfig() {}

    /** The classes registered with every flag in {@link #FLAGS}, as the built module carries them. */
    static SortedSet<String> registered() {
        try (InputStream in = ReflectConfig.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new TreeSet<>();
            }
            SortedSet<String> names = new TreeSet<>();
            for (JsonNode entry : new ObjectMapper().readTree(in)) {
                if (FLAGS.stream().allMatch(flag -> entry.path(flag).asBoolean(false))) {
                    names.add(entry.path("name").asText());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry a line, sorted, so that a change of the app's Telegram types shows as a readable diff. */
    static String render(Collection<String> classNames) {
        String flags = FLAGS.stream().map(flag -> "\"" + flag + "\": true").collect(Collectors.joining(", "));
        return classNames.stream()
                .sorted()
                .map(name -> "  { \"name\": \"" + name + "\", " + flags + " }")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    /** Writes the file into the module's sources; the test runs with the module directory as working directory. */
    static Path write(Collection<String> classNames) {
        Path file = Path.of("src/main/resources").resolve(RESOURCE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, render(classNames), StandardCharsets.UTF_8);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
