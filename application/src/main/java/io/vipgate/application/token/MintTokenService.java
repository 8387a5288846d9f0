package io.vipgate.application.token;

import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.token.port.in.MintTokenUseCase;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.domain.token.TokenSecret;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.CompletionStage;

/** Mints a token from a secure random source and stores only its hash. */
public final class MintTokenService implements MintTokenUseCase {

    private final TokenRepository tokens;
    private final Random random;
    private final BotPolicy policy;
    private final Clock clock;

    /** {@code random} must be a {@code SecureRandom} in production. */
    public MintTokenService(TokenRepository tokens, Random random, BotPolicy policy, Clock clock) {
        this.tokens = tokens;
        this.random = random;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<MintedToken> mint(long adminId, VipDuration grants, int maxUses) {
        TokenSecret secret = TokenSecret.generate(random);
        InvitationToken token =
                InvitationToken.mint(secret, grants, maxUses, policy.tokenValidity(), adminId, clock.instant());
        return tokens.add(token).thenApply(ignored -> new MintedToken(secret, token));
    }
}
