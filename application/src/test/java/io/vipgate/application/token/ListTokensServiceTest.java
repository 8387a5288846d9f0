package io.vipgate.application.token;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenSecret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /tokens}: the tokens that can still be redeemed now. */
class ListTokensServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    private final ListTokensService service = new ListTokensService(tokens, clock);

    @Test
    void listsOnlyLiveTokens_asOfTheClock() {
        InvitationToken live = Fixtures.token(new TokenSecret("live00_token0000000000"), 30, 2);
        tokens.replace(live);
        tokens.replace(
                Fixtures.token(new TokenSecret("revoke_token0000000000"), 30, 1).revokedNow());
        tokens.replace(
                Fixtures.token(new TokenSecret("usedup_token0000000000"), 30, 1).redeemedOnce(T0));

        assertThat(join(service.liveTokens())).containsExactly(live);

        clock.advance(Duration.ofDays(7));
        assertThat(join(service.liveTokens())).isEmpty();
    }
}
