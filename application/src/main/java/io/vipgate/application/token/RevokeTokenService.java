package io.vipgate.application.token;

import io.vipgate.application.token.port.in.RevokeTokenUseCase;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import io.vipgate.domain.token.TokenSecret;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/** Revokes a token named by its full text or by a prefix that fits exactly one token. */
public final class RevokeTokenService implements RevokeTokenUseCase {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{3,64}");
    /** A hash that no token can have, for lookups by prefix alone. */
    private static final TokenHash NO_HASH = new TokenHash("0".repeat(64));

    private final TokenRepository tokens;

    public RevokeTokenService(TokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public CompletionStage<RevokeResult> revoke(long adminId, String tokenOrPrefix) {
        String text = tokenOrPrefix == null ? "" : tokenOrPrefix.strip();
        if (!PREFIX.matcher(text).matches()) {
            return CompletableFuture.completedFuture(new RevokeResult.NotFound());
        }
        TokenHash hash = TokenSecret.looksLikeToken(text) ? new TokenSecret(text).hash() : NO_HASH;
        String prefix = text.length() > TokenSecret.PREFIX_LENGTH ? text.substring(0, TokenSecret.PREFIX_LENGTH) : text;
        return tokens.findByHashOrPrefix(hash, prefix).thenCompose(found -> decide(found, hash, text));
    }

    private CompletionStage<RevokeResult> decide(List<InvitationToken> found, TokenHash hash, String text) {
        List<InvitationToken> exact =
                found.stream().filter(t -> t.hash().equals(hash)).toList();
        // Text longer than a prefix names one token exactly; matching it by its first characters could
        // revoke a different token that shares them.
        List<InvitationToken> candidates =
                exact.isEmpty() && text.length() <= TokenSecret.PREFIX_LENGTH ? found : exact;
        if (candidates.isEmpty()) {
            return CompletableFuture.completedFuture(new RevokeResult.NotFound());
        }
        if (candidates.size() > 1) {
            return CompletableFuture.completedFuture(new RevokeResult.Ambiguous(candidates.size()));
        }
        InvitationToken token = candidates.getFirst();
        return tokens.revoke(token.hash())
                .thenApply(changed -> changed
                        ? new RevokeResult.Revoked(token.prefix())
                        : new RevokeResult.AlreadyRevoked(token.prefix()));
    }
}
