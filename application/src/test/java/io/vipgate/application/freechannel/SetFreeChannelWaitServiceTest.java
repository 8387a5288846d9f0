package io.vipgate.application.freechannel;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.InMemorySettingsRepository;
import io.vipgate.domain.freechannel.FreeChannelWait;
import org.junit.jupiter.api.Test;

/** {@code /setwait <minutes>}: stored, so it survives restarts. */
class SetFreeChannelWaitServiceTest {

    private final InMemorySettingsRepository settings = new InMemorySettingsRepository();
    private final SetFreeChannelWaitService service = new SetFreeChannelWaitService(settings);

    @Test
    void theNewWaitIsStored_andReturned_withTheAdminWhoSetIt() {
        FreeChannelWait wait = FreeChannelWait.ofMinutes(42);
        assertThat(join(service.setWait(ADMIN, wait))).isEqualTo(wait);
        assertThat(join(settings.freeChannelWait())).isEqualTo(wait);
        assertThat(settings.changedBy()).contains(ADMIN);
    }

    @Test
    void zeroMeansAtOnce_andIsStoredToo() {
        join(service.setWait(ADMIN, FreeChannelWait.ofMinutes(30)));
        join(service.setWait(ADMIN, FreeChannelWait.ofMinutes(0)));
        assertThat(join(settings.freeChannelWait()).minutes()).isZero();
    }
}
