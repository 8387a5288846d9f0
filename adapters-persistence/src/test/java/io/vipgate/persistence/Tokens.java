package io.vipgate.persistence;

import io.vipgate.application.fakes.Await;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/** Mints tokens for tests and stores them through the adapter under test. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    public static MintedToken stored(
            PostgresTokenRepositoryAdapter repository,
            VipDuration grants,
            int maxUses,
            Instant mintedAt,
            Duration validity) {
        TokenSecret secret = TokenSecret.generate(RANDOM);
        InvitationToken token = InvitationToken.mint(secret, grants, maxUses, validity, 42L, mintedAt);
        Await.result(repository.add(token));
        return new MintedToken(secret, token);
    }
}
