package io.vipgate.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Duration maths as jqwik properties. Kept apart from {@link VipDurationTest} because surefire writes one report
 * per class and engine, so Jupiter and jqwik results in one class would overwrite each other.
 */
class VipDurationPropertiesTest {

    @Property
    void text_roundTripsThroughParse(@ForAll @LongRange(min = 1, max = 5_256_000) long minutes) {
        VipDuration duration = VipDuration.ofMinutes(minutes);
        assertThat(VipDuration.parse(duration.text())).isEqualTo(duration);
    }

    @Property
    void parse_acceptsExactlyTheAmountsWithinBounds(
            @ForAll @IntRange(min = 1, max = 999_999_999) int amount, @ForAll("units") String unit) {
        Duration perUnit = switch (unit.toLowerCase(Locale.ROOT)) {
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
        };
        Duration expected = perUnit.multipliedBy(amount);
        if (expected.compareTo(Duration.ofDays(3650)) <= 0) {
            assertThat(VipDuration.parse(amount + unit).value()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> VipDuration.parse(amount + unit)).isInstanceOf(InvalidDurationException.class);
        }
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("m", "h", "d", "w", "M", "H", "D", "W");
    }
}
