package io.vipgate.domain.time;

import java.util.Arrays;
import java.util.List;

/** Parses a comma-separated list of durations such as {@code 3d,1d,1h}. */
public final class DurationList {

    private DurationList() {}

    public static List<VipDuration> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",", -1))
                .map(String::strip)
                .map(VipDuration::parse)
                .distinct()
                .toList();
    }
}
