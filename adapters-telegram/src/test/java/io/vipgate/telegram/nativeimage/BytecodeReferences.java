package io.vipgate.telegram.nativeimage;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Telegram types compiled code names, read from the constant pools of its class files: class references,
 * field and method descriptors and generic signatures all live there, so nothing the code uses can hide.
 */
final class BytecodeReferences {

    private static final Pattern TELEGRAM = Pattern.compile("org/telegram/[A-Za-z0-9_/$]+");

    private BytecodeReferences() {}

    /** Binary names ({@code a.b.C$D}) of every {@code org.telegram} type named by the class files under {@code dir}. */
    static Set<String> telegramTypesUnder(Path dir) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    names.addAll(telegramTypesIn(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static Set<String> telegramTypesIn(InputStream classFile) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String text : utf8Constants(new DataInputStream(classFile))) {
            Matcher matcher = TELEGRAM.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group().replace('/', '.'));
            }
        }
        return names;
    }

    /** The constant pool's UTF-8 entries, skipping every other kind by its size (JVMS 4.4). */
    private static Set<String> utf8Constants(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Set<String> texts = new TreeSet<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    index++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return texts;
    }
}
