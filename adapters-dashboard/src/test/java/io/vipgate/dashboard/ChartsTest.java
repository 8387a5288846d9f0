package io.vipgate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One bar per day, the tallest at full height, and titles that cannot inject markup. */
class ChartsTest {

    @Test
    void everyDayIsABar_scaledToTheLargest() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        String svg = Charts.bars(
                "Joins <script>",
                List.of(
                        new Charts.Point(day, 0),
                        new Charts.Point(day.plusDays(1), 4),
                        new Charts.Point(day.plusDays(2), 2)));

        assertThat(svg)
                .startsWith("<svg")
                .endsWith("</svg>")
                .doesNotContain("<script>")
                .contains("Joins &lt;script&gt;: 6 in 3 days", "2026-12-02: 4", "height=\"112.0\"", "height=\"56.0\"");
        assertThat(svg.split("<rect", -1)).hasSize(4);
    }
}
