package io.vipgate.telegram.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/** The bot's words in one language: fills templates, escaping every argument that is not {@link Html}. */
public final class Messages {

    private final Locale locale;
    private final Catalog catalog;
    private final String[] months;

    Messages(Locale locale, Catalog catalog) {
        this.locale = locale;
        this.catalog = catalog;
        this.months = catalog.template(Text.MONTHS).split(" ");
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The template for {@code text} with each {@code {n}} (one digit) replaced by the n-th argument. Scanned by hand:
     * a regex here ran for every reply.
     */
    public Html html(Text text, Object... args) {
        String template = catalog.template(text);
        StringBuilder out = new StringBuilder(template.length() + 64);
        int copied = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            if (open + 2 < template.length()
                    && template.charAt(open + 1) >= '0'
                    && template.charAt(open + 1) <= '9'
                    && template.charAt(open + 2) == '}') {
                int index = template.charAt(open + 1) - '0';
                Object arg = index < args.length ? args[index] : "";
                out.append(template, copied, open)
                        .append(arg instanceof Html html ? html.markup() : Html.escape(String.valueOf(arg)));
                copied = open + 3;
            }
        }
        return new Html(out.append(template, copied, template.length()).toString());
    }

    /** Plain text (for Telegram's command menu): the template's markup stripped back to characters. */
    public String plain(Text text) {
        return catalog.template(text)
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** A moment as people read it, in UTC since Telegram does not tell us the user's time zone. */
    public Html date(Instant instant) {
        ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
        return html(
                Text.DATE,
                at.getDayOfMonth(),
                months[at.getMonthValue() - 1],
                at.getYear(),
                twoDigits(at.getHour()) + ":" + twoDigits(at.getMinute()));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** An exact span such as a token's grant or a wait: in the largest unit that divides it. */
    public Html exact(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes > 0 && minutes % (24 * 60) == 0) {
            return count(minutes / (24 * 60), Text.DAYS_ONE, Text.DAYS_MANY);
        }
        if (minutes > 0 && minutes % 60 == 0) {
            return count(minutes / 60, Text.HOURS_ONE, Text.HOURS_MANY);
        }
        return count(minutes, Text.MINUTES_ONE, Text.MINUTES_MANY);
    }

    /** A span that is only roughly known, such as time left: rounded to days, hours or minutes (at least 1). */
    public Html about(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        if (minutes < 60) {
            return count(minutes, Text.MINUTES_ONE, Text.MINUTES_MANY);
        }
        if (minutes < 36 * 60) {
            return count(Math.round(minutes / 60.0), Text.HOURS_ONE, Text.HOURS_MANY);
        }
        return count(Math.round(minutes / (24 * 60.0)), Text.DAYS_ONE, Text.DAYS_MANY);
    }

    public Html uses(long uses) {
        return count(uses, Text.USES_ONE, Text.USES_MANY);
    }

    private Html count(long n, Text one, Text many) {
        return n == 1 ? html(one) : html(many, n);
    }
}
