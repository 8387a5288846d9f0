package io.vipgate.application.freechannel.port.in;

import io.vipgate.domain.freechannel.FreeChannelWait;
import java.util.concurrent.CompletionStage;

/** {@code /setwait <minutes>}. */
public interface SetFreeChannelWaitUseCase {

    CompletionStage<FreeChannelWait> setWait(long adminId, FreeChannelWait wait);
}
