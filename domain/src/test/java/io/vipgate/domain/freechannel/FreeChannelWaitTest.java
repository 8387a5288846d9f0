package io.vipgate.domain.freechannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The free-channel wait: whole minutes from 0 (at once) to one year. */
class FreeChannelWaitTest {

    @Test
    void acceptsZeroAndOneYear_inclusive() {
        assertThat(FreeChannelWait.ofMinutes(0).value()).isZero();
        assertThat(FreeChannelWait.ofMinutes(FreeChannelWait.MAX_MINUTES).minutes())
                .isEqualTo(525_600L);
        assertThat(new FreeChannelWait(Duration.ofDays(365)).minutes()).isEqualTo(FreeChannelWait.MAX_MINUTES);
    }

    @Test
    void rejectsNegativeAndLongerThanAYear() {
        assertThatThrownBy(() -> FreeChannelWait.ofMinutes(-1)).hasMessageContaining("between 0 and 525600");
        assertThatThrownBy(() -> FreeChannelWait.ofMinutes(FreeChannelWait.MAX_MINUTES + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreeChannelWait(Duration.ofDays(365).plusMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreeChannelWait(Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreeChannelWait(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsPartsOfAMinute() {
        assertThatThrownBy(() -> new FreeChannelWait(Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreeChannelWait(Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreeChannelWait(Duration.ofMinutes(5).plusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void default_isFiveMinutes() {
        assertThat(FreeChannelWait.DEFAULT.minutes()).isEqualTo(5L);
    }
}
