package io.vipgate.telegram.i18n;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bot's words in one language: fills templates, escaping every argument that is not {@link Html}. */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

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

    /** The template for {@code text} with {@code {n}} replaced by the n-th argument. */
    public Html html(Text text, Object... args) {
        Matcher matcher = PLACEHOLDER.matcher(catalog.template(text));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            Object arg = index < args.length ? args[index] : "";
            String value = arg instanceof Html html ? html.markup() : Html.escape(String.valueOf(arg));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return new Html(out.toString());
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
                String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute()));
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
