package io.vipgate.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Telegram user as last seen: reachability, display name, reply language. */
class BotUserTest {

    private static final Locale FALLBACK = Locale.ENGLISH;

    private static BotUser withLanguage(String code) {
        return BotUser.seen(42L, "Ana", null, null, code);
    }

    @Test
    void seen_isReachable_andKeepsWhatTelegramSent() {
        BotUser user = BotUser.seen(42L, "Ana", "López", "ana_l", "es-MX");
        assertThat(user.reachable()).isTrue();
        assertThat(user.lastName()).contains("López");
        assertThat(user.username()).contains("ana_l");
        assertThat(user.languageCode()).contains("es-MX");
    }

    @Test
    void unreachable_marksOnlyReachability_andSeenAgainClearsIt() {
        BotUser user = BotUser.seen(42L, "Ana", "López", "ana_l", "es");
        BotUser blocked = user.unreachable();
        assertThat(blocked.reachable()).isFalse();
        assertThat(blocked)
                .isEqualTo(
                        new BotUser(42L, "Ana", Optional.of("López"), Optional.of("ana_l"), Optional.of("es"), false));
        assertThat(BotUser.seen(42L, "Ana", "López", "ana_l", "es").reachable()).isTrue();
    }

    @Test
    void displayName_prefersFullName_thenUsername_thenId() {
        assertThat(BotUser.seen(42L, "Ana", "López", "ana_l", null).displayName())
                .isEqualTo("Ana López");
        assertThat(BotUser.seen(42L, "Ana", null, "ana_l", null).displayName()).isEqualTo("Ana");
        assertThat(BotUser.seen(42L, "", "López", null, null).displayName()).isEqualTo("López");
        assertThat(BotUser.seen(42L, null, null, "ana_l", null).displayName()).isEqualTo("@ana_l");
        assertThat(BotUser.seen(42L, "  ", "", "ana_l", null).displayName()).isEqualTo("@ana_l");
        assertThat(BotUser.seen(42L, null, null, null, null).displayName()).isEqualTo("42");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "es-MX", "ES", "es-419", "Es-ar"})
    void locale_isSpanishForAnyEsCode(String code) {
        assertThat(withLanguage(code).locale(FALLBACK)).isEqualTo(Locale.forLanguageTag("es"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "", "et", "de"})
    void locale_fallsBackForEveryOtherCode(String code) {
        assertThat(withLanguage(code).locale(FALLBACK)).isEqualTo(FALLBACK);
        assertThat(withLanguage(code).locale(Locale.forLanguageTag("es"))).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void locale_fallsBackWithoutALanguageCode() {
        assertThat(withLanguage(null).locale(FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void constructor_rejectsNonPositiveIds() {
        assertThatThrownBy(() -> BotUser.seen(0L, "Ana", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BotUser.seen(-5L, "Ana", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
