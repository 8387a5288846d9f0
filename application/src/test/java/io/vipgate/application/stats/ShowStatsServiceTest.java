package io.vipgate.application.stats;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.FixedStatsRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.stats.port.in.BotStats;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /stats}: the counts as of the clock's now. */
class ShowStatsServiceTest {

    @Test
    void reportsTheCounts_asOfNow() {
        BotStats counts = new BotStats(12, 3, 40, 31, 5, 120);
        FixedStatsRepository repository = new FixedStatsRepository(counts);
        MutableClock clock = new MutableClock(T0);
        ShowStatsService service = new ShowStatsService(repository, clock);

        assertThat(join(service.stats())).isEqualTo(counts);
        clock.advance(Duration.ofHours(2));
        join(service.stats());

        assertThat(repository.askedAt()).containsExactly(T0, T0.plus(Duration.ofHours(2)));
    }
}
