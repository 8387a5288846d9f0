package io.vipgate.telegram.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A command as a person typed it: {@code /name@bot arg1 arg2}, with the name lower-cased and the @bot dropped. */
public record Command(String name, List<String> args) {

    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Command {
        args = List.copyOf(args);
    }

    /** The command in {@code text}, or empty when the text is not a command at all. */
    public static Optional<Command> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() < 2 || trimmed.charAt(0) != '/') {
            return Optional.empty();
        }
        String[] words = WHITESPACE.split(trimmed.substring(1));
        String name = words[0];
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        List<String> args = Arrays.asList(words).subList(1, words.length);
        return Optional.of(new Command(name.toLowerCase(Locale.ROOT), args));
    }

    /** What follows the command word in {@code text}, as typed (line breaks kept), stripped; empty if nothing. */
    public static String rest(String text) {
        String trimmed = text == null ? "" : text.strip();
        int end = 0;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(end).strip();
    }

    /** The n-th argument (from 0), if given. */
    public Optional<String> arg(int index) {
        return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
    }
}
