package io.vipgate.telegram.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Replies speak the user's language, escape what users typed, and word dates and spans naturally. */
class MessagesTest {

    private static final Instant AT = Instant.parse("2026-11-21T14:05:00Z");
    private final Texts spanishDefault = new Texts("es");
    private final Texts englishDefault = new Texts("en");

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "es,es,es",
                "es-MX,en,es",
                "ES-ar,en,es",
                "en,es,en",
                "en-GB,es,en",
                "en,en,en",
                "null,es,es",
                "null,en,en",
                "de,en,en",
                "pt-BR,es,es"
            })
    void language_isSpanishForEs_englishForEn_elseTheDefault(String code, String defaultLocale, String expected) {
        BotUser user = BotUser.seen(42, "Ana", null, null, code);

        assertThat(new Texts(defaultLocale).forUser(user).locale().getLanguage())
                .isEqualTo(expected);
    }

    @Test
    void anUnknownDefault_fallsBackToSpanish() {
        assertThat(new Texts("fr").fallback().locale()).isEqualTo(Texts.SPANISH);
    }

    @Test
    void arguments_areEscaped_butMarkupArgumentsAreNot() {
        Messages m = englishDefault.fallback();

        assertThat(m.html(Text.WELCOME, "<b>Eve & co</b>").markup())
                .isEqualTo("👋 Hi, &lt;b&gt;Eve &amp; co&lt;/b&gt;! I look after the VIP channel.");
        assertThat(m.html(Text.STATUS_ACTIVE, new Html("<i>soon</i>")).markup()).contains("<b><i>soon</i></b>");
    }

    @Test
    void argumentsThatLookLikePlaceholders_areNotFilledAgain() {
        assertThat(englishDefault.fallback().html(Text.EXTENDED, "{1}", "x").markup())
                .isEqualTo("User <code>{1}</code> is VIP until <b>x</b>.");
    }

    @Test
    void dates_areInUtc_inEachLanguagesWords() {
        assertThat(spanishDefault.fallback().date(AT).markup()).isEqualTo("21 nov 2026, 14:05 UTC");
        assertThat(englishDefault.fallback().date(AT).markup()).isEqualTo("Nov 21, 2026 at 14:05 UTC");
    }

    @ParameterizedTest
    @CsvSource({
        "PT1M,1 minute,1 minuto",
        "PT90M,90 minutes,90 minutos",
        "PT36H,36 hours,36 horas",
        "P1D,1 day,1 día",
        "P14D,14 days,14 días"
    })
    void exactSpans_useTheLargestUnitThatFits(Duration span, String english, String spanish) {
        assertThat(englishDefault.fallback().exact(span).markup()).isEqualTo(english);
        assertThat(spanishDefault.fallback().exact(span).markup()).isEqualTo(spanish);
    }

    @ParameterizedTest
    @CsvSource({
        "PT10S,1 minute",
        "PT14M30S,15 minutes",
        "PT59M,59 minutes",
        "PT2H59M,3 hours",
        "PT23H59M,24 hours",
        "P2DT23H,3 days"
    })
    void roughSpans_areRounded(Duration span, String english) {
        assertThat(englishDefault.fallback().about(span).markup()).isEqualTo(english);
    }

    @Test
    void plainText_dropsMarkupForTelegramsMenu() {
        assertThat(englishDefault.fallback().plain(Text.SYNTAX_TOKEN)).isEqualTo("/token <duration> [uses]");
    }

    @ParameterizedTest
    @EnumSource(Text.class)
    void bothLanguages_fillTheSamePlaceholders(Text text) {
        String english = new English().template(text);
        String spanish = new Spanish().template(text);

        assertThat(english).isNotBlank();
        assertThat(spanish).isNotBlank();
        assertThat(placeholders(spanish)).isEqualTo(placeholders(english));
    }

    private static Set<String> placeholders(String template) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d}").matcher(template);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
