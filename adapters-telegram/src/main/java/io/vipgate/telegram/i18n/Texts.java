package io.vipgate.telegram.i18n;

import io.vipgate.domain.user.BotUser;
import java.util.List;
import java.util.Locale;

/**
 * Picks the language of a reply from the user's {@code language_code}: Spanish for {@code es*}, English for
 * {@code en*} (the bot speaks both, so an English speaker should not get the default), the configured default
 * for everyone else.
 */
public final class Texts {

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages the bot speaks, each with its command menu. */
    public static final List<Locale> LANGUAGES = List.of(SPANISH, ENGLISH);

    private final Locale fallback;
    private final Messages spanish = new Messages(SPANISH, new Spanish());
    private final Messages english = new Messages(ENGLISH, new English());

    /** {@code defaultLocale}: DEFAULT_LOCALE, {@code es} or {@code en}; anything else means Spanish. */
    public Texts(String defaultLocale) {
        this.fallback = "en".equalsIgnoreCase(defaultLocale == null ? "" : defaultLocale.strip()) ? ENGLISH : SPANISH;
    }

    public Messages forUser(BotUser user) {
        boolean english = user.languageCode()
                .filter(code -> code.toLowerCase(Locale.ROOT).startsWith("en"))
                .isPresent();
        return english ? this.english : of(user.locale(fallback));
    }

    public Messages fallback() {
        return of(fallback);
    }

    public Messages of(Locale locale) {
        return locale.getLanguage().equals(SPANISH.getLanguage()) ? spanish : english;
    }
}
