package io.vipgate.application.freechannel;

import io.vipgate.application.freechannel.port.in.SetFreeChannelWaitUseCase;
import io.vipgate.application.freechannel.port.out.SettingsRepository;
import io.vipgate.domain.freechannel.FreeChannelWait;
import java.util.concurrent.CompletionStage;

/** Stores the free-channel wait so that it survives restarts. */
public final class SetFreeChannelWaitService implements SetFreeChannelWaitUseCase {

    private final SettingsRepository settings;

    public SetFreeChannelWaitService(SettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public CompletionStage<FreeChannelWait> setWait(long adminId, FreeChannelWait wait) {
        return settings.setFreeChannelWait(wait, adminId).thenApply(ignored -> wait);
    }
}
