package io.vipgate.application.token.port.in;

import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.MintedToken;
import java.util.concurrent.CompletionStage;

/** {@code /token <duration> [uses]}: a new invitation token. */
public interface MintTokenUseCase {

    CompletionStage<MintedToken> mint(long adminId, VipDuration grants, int maxUses);
}
