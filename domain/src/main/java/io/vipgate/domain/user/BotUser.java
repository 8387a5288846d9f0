package io.vipgate.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A Telegram user as last seen by the bot. {@code reachable} turns false when they block the bot. */
public record BotUser(
        long id,
        String firstName,
        Optional<String> lastName,
        Optional<String> username,
        Optional<String> languageCode,
        boolean reachable) {

    public BotUser {
        if (id <= 0) {
            throw new IllegalArgumentException("a Telegram user id is positive");
        }
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(languageCode, "languageCode");
    }

    /** A user who just wrote to the bot: seen again, so reachable whatever they were before. */
    public static BotUser seen(long id, String firstName, String lastName, String username, String languageCode) {
        return new BotUser(
                id,
                firstName == null ? "" : firstName,
                Optional.ofNullable(lastName),
                Optional.ofNullable(username),
                Optional.ofNullable(languageCode),
                true);
    }

    public BotUser unreachable() {
        return new BotUser(id, firstName, lastName, username, languageCode, false);
    }

    /** A name for people: "First Last", or @username, or the id when Telegram gave nothing else. */
    public String displayName() {
        String full = (firstName + " " + lastName.orElse("")).strip();
        if (!full.isEmpty()) {
            return full;
        }
        return username.map(u -> "@" + u).orElse(Long.toString(id));
    }

    /** The language replies use: Spanish for any {@code es*} code, otherwise {@code fallback}. */
    public Locale locale(Locale fallback) {
        return languageCode
                .filter(code -> code.toLowerCase(Locale.ROOT).startsWith("es"))
                .map(code -> Locale.forLanguageTag("es"))
                .orElse(fallback);
    }
}
