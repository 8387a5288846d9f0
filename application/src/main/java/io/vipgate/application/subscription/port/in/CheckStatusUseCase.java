package io.vipgate.application.subscription.port.in;

import java.util.concurrent.CompletionStage;

/** {@code /status}: is this user VIP, and until when. */
public interface CheckStatusUseCase {

    CompletionStage<VipStatus> status(long userId);
}
