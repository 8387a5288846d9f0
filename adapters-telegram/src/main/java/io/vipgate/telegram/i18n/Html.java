package io.vipgate.telegram.i18n;

import java.util.List;
import java.util.stream.Collectors;

/** Markup for Telegram's HTML parse mode; anything not wrapped in it is text and gets escaped. */
public record Html(String markup) {

    /** Escapes the three characters Telegram's HTML mode reserves. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static Html text(String text) {
        return new Html(escape(text));
    }

    /** Paragraphs or lines joined with {@code separator} (itself markup). */
    public static Html join(String separator, List<Html> parts) {
        return new Html(parts.stream().map(Html::markup).collect(Collectors.joining(separator)));
    }

    @Override
    public String toString() {
        return markup;
    }
}
