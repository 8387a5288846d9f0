package io.vipgate.application.token;

import io.vipgate.application.token.port.in.ListTokensUseCase;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.domain.token.InvitationToken;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Lists the tokens that can still be redeemed. */
public final class ListTokensService implements ListTokensUseCase {

    private final TokenRepository tokens;
    private final Clock clock;

    public ListTokensService(TokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public CompletionStage<List<InvitationToken>> liveTokens() {
        return tokens.live(clock.instant());
    }
}
