package io.vipgate.application.token.port.out;

import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Stores invitation tokens by hash; never sees a token's text. */
public interface TokenRepository {

    CompletionStage<Void> add(InvitationToken token);

    /** Tokens that can still be redeemed at {@code now}, newest first. */
    CompletionStage<List<InvitationToken>> live(Instant now);

    /** Tokens whose display prefix starts with {@code prefix}, or whose hash is {@code hash}. */
    CompletionStage<List<InvitationToken>> findByHashOrPrefix(TokenHash hash, String prefix);

    /** Marks the token revoked; true if it was not revoked before. */
    CompletionStage<Boolean> revoke(TokenHash hash);
}
