package io.vipgate.application.freechannel.port.out;

import io.vipgate.domain.freechannel.FreeChannelWait;
import java.util.concurrent.CompletionStage;

/** Settings admins change at run time; they survive restarts. */
public interface SettingsRepository {

    CompletionStage<FreeChannelWait> freeChannelWait();

    CompletionStage<Void> setFreeChannelWait(FreeChannelWait wait, long adminId);
}
