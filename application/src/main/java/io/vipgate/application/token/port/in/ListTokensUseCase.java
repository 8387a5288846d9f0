package io.vipgate.application.token.port.in;

import io.vipgate.domain.token.InvitationToken;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** {@code /tokens}: the tokens that can still be redeemed. */
public interface ListTokensUseCase {

    CompletionStage<List<InvitationToken>> liveTokens();
}
