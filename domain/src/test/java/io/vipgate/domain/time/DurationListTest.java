package io.vipgate.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Comma-separated durations such as {@code REMINDER_OFFSETS=3d,1d,1h}. */
class DurationListTest {

    @Test
    void parse_readsEachEntryInOrder() {
        assertThat(DurationList.parse("3d,1d,1h"))
                .containsExactly(VipDuration.ofDays(3), VipDuration.ofDays(1), VipDuration.ofMinutes(60));
    }

    @Test
    void parse_toleratesSpacesAroundEntries() {
        assertThat(DurationList.parse(" 1h , 2D ,30m "))
                .containsExactly(VipDuration.ofMinutes(60), VipDuration.ofDays(2), VipDuration.ofMinutes(30));
    }

    @Test
    void parse_dropsDuplicatesEvenWhenWrittenDifferently() {
        assertThat(DurationList.parse("1d,24h,1d,1h"))
                .containsExactly(VipDuration.ofDays(1), VipDuration.ofMinutes(60));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void parse_readsNothingAsAnEmptyList(String text) {
        assertThat(DurationList.parse(text)).isEmpty();
    }

    @Test
    void parse_rejectsTheWholeListForOneBadEntry_namingIt() {
        assertThatThrownBy(() -> DurationList.parse("3d,soon,1h"))
                .isInstanceOf(InvalidDurationException.class)
                .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> DurationList.parse("3d,,1h")).isInstanceOf(InvalidDurationException.class);
        assertThatThrownBy(() -> DurationList.parse("3d;1h")).isInstanceOf(InvalidDurationException.class);
    }
}
