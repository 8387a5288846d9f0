package io.vipgate.telegram.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A command as a person typed it: {@code /name@bot arg1 arg2}, with the name lower-cased and the @bot dropped. */
public record Command(String name, List<String> args) {

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
        List<String> words = words(trimmed.substring(1));
        String name = words.get(0);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        return Optional.of(new Command(name.toLowerCase(Locale.ROOT), words.subList(1, words.size())));
    }

    /**
     * {@code text} split at runs of regex {@code \s}, as {@code split("\\s+")} would (a leading run gives an empty
     * first word), without a regex: every message is parsed, several times.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        boolean inWord = true;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (space && inWord) {
                words.add(text.substring(start, i));
                inWord = false;
            } else if (!space && !inWord) {
                start = i;
                inWord = true;
            }
        }
        if (inWord) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
