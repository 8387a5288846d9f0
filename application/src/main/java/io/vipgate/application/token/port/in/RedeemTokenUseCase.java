package io.vipgate.application.token.port.in;

import io.vipgate.domain.subscription.RedemptionOutcome;
import java.util.concurrent.CompletionStage;

/** {@code /start <token>}: turn a token into VIP time and a personal invite link. */
public interface RedeemTokenUseCase {

    CompletionStage<RedemptionOutcome> redeem(long userId, String displayName, String tokenText);
}
