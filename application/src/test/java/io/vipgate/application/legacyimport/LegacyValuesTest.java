package io.vipgate.application.legacyimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Legacy DATETIME text: naive means UTC whatever the machine's zone; impossible dates are told apart from junk. */
class LegacyValuesTest {

    @Test
    void naiveTextIsUtc_evenOnAMachineInAnotherZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Argentina/Buenos_Aires"));
            assertThat(LegacyValues.instant("2025-11-05 23:30:00")).isEqualTo(Instant.parse("2025-11-05T23:30:00Z"));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void sqlalchemyMicroseconds_surviveExactly_andFinerFractionsAreCutToPostgresPrecision() {
        assertThat(LegacyValues.instant("2025-11-05 12:30:45.123456"))
                .isEqualTo(Instant.parse("2025-11-05T12:30:45.123456Z"));
        assertThat(LegacyValues.instant("2025-11-05 12:30:45.123456789"))
                .isEqualTo(Instant.parse("2025-11-05T12:30:45.123456Z"));
    }

    @Test
    void shorterForms_isoSeparator_andExplicitOffsets_areRead() {
        assertThat(LegacyValues.instant("2025-11-05 12:30")).isEqualTo(Instant.parse("2025-11-05T12:30:00Z"));
        assertThat(LegacyValues.instant("2025-11-05T12:30:45")).isEqualTo(Instant.parse("2025-11-05T12:30:45Z"));
        assertThat(LegacyValues.instant("2025-11-05 12:30:45+02:00")).isEqualTo(Instant.parse("2025-11-05T10:30:45Z"));
    }

    @Test
    void impossibleDate_isNamedAsSuch() {
        assertThatThrownBy(() -> LegacyValues.instant("2025-02-30 10:00:00"))
                .hasMessage("is not a real date or time: text \"2025-02-30 10:00:00\"");
        assertThatThrownBy(() -> LegacyValues.instant("2025-11-05 24:10:00"))
                .hasMessageStartingWith("is not a real date or time");
    }

    @Test
    void junk_isNotADate() {
        assertThatThrownBy(() -> LegacyValues.instant("not-a-date"))
                .hasMessage("expected a date-time like 2025-11-05 12:30:45, found text \"not-a-date\"");
    }

    @Test
    void describe_namesTheStorageClass() {
        assertThat(LegacyValues.describe("abc")).isEqualTo("text \"abc\"");
        assertThat(LegacyValues.describe(5L)).isEqualTo("integer 5");
        assertThat(LegacyValues.describe(1.5)).isEqualTo("real number 1.5");
        assertThat(LegacyValues.describe(null)).isEqualTo("NULL");
        assertThat(LegacyValues.describe(new byte[3])).isEqualTo("a blob of 3 bytes");
    }
}
