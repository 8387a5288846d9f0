package io.vipgate.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The duration syntax people type: {@code <n>m|h|d|w}, 1 minute to 3650 days. */
class VipDurationTest {

    @ParameterizedTest
    @CsvSource({
        "1m,1",
        "90m,90",
        "1h,60",
        "36h,2160",
        "1d,1440",
        "7d,10080",
        "1w,10080",
        "2w,20160",
        "3650d,5256000",
        "521w,5251680",
        "87600h,5256000",
        "5256000m,5256000"
    })
    void parse_readsEveryUnit(String text, long minutes) {
        assertThat(VipDuration.parse(text).toMinutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 5d", "5d ", "5D", "\t5d\n", " 5D "})
    void parse_ignoresSurroundingWhitespaceAndCase(String text) {
        assertThat(VipDuration.parse(text)).isEqualTo(VipDuration.ofDays(5));
    }

    @Test
    void parse_acceptsBothBoundsInclusive() {
        assertThat(VipDuration.parse("1m").value()).isEqualTo(VipDuration.MIN).isEqualTo(Duration.ofMinutes(1));
        assertThat(VipDuration.parse("3650d").value())
                .isEqualTo(VipDuration.MAX)
                .isEqualTo(Duration.ofDays(3650));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "0m",
                "0d",
                "0w",
                "3651d",
                "87601h",
                "5256001m",
                "522w",
                "",
                "   ",
                "5",
                "d",
                "5x",
                "5s",
                "5y",
                "-1d",
                "+1d",
                "1.5d",
                "1,5d",
                "5 d",
                "5dd",
                "d5",
                "1d1h",
                "1e3m",
                "0x10m",
                "９d",
                "9999999999d",
                "999999999w",
                "99999999999999999999999999m"
            })
    void parse_rejectsAnythingOutsideTheSyntaxOrBounds(String text) {
        assertThatThrownBy(() -> VipDuration.parse(text))
                .isInstanceOf(InvalidDurationException.class)
                .satisfies(
                        e -> assertThat(((InvalidDurationException) e).input()).isEqualTo(text));
    }

    @Test
    void rejectionMessage_showsTheInputAndTheSyntax() {
        assertThatThrownBy(() -> VipDuration.parse("5x"))
                .hasMessageContaining("'5x'")
                .hasMessageContainingAll("<n>m", "<n>h", "<n>d", "<n>w", "1m", "3650d");
    }

    @Test
    void constructor_rejectsSecondsNanosNullAndOutOfBounds() {
        for (Duration bad : new Duration[] {
            Duration.ofSeconds(90),
            Duration.ofMinutes(5).plusMillis(1),
            Duration.ZERO,
            Duration.ofSeconds(59),
            Duration.ofMinutes(-5),
            Duration.ofDays(3650).plusMinutes(1),
            null
        }) {
            assertThatThrownBy(() -> new VipDuration(bad)).as("%s", bad).isInstanceOf(InvalidDurationException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1,1m",
        "90,90m",
        "120,2h",
        "1500,25h",
        "1440,1d",
        "4320,3d",
        "10080,1w",
        "20160,2w",
        "30240,3w",
        "5256000,3650d",
        "5251680,521w",
        "5253840,87564h"
    })
    void text_isTheShortestExactForm(long minutes, String text) {
        VipDuration duration = VipDuration.ofMinutes(minutes);
        assertThat(duration.text()).isEqualTo(text);
        assertThat(duration).hasToString(text);
    }

    @Test
    void compareTo_ordersByLength() {
        assertThat(VipDuration.parse("1w"))
                .isGreaterThan(VipDuration.parse("6d"))
                .isLessThan(VipDuration.parse("169h"));
        assertThat(VipDuration.parse("1w").compareTo(VipDuration.parse("7d"))).isZero();
    }
}
