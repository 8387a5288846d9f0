package io.vipgate.application.token.port.in;

import java.util.concurrent.CompletionStage;

/** {@code /revoke <token or prefix>}. */
public interface RevokeTokenUseCase {

    CompletionStage<RevokeResult> revoke(long adminId, String tokenOrPrefix);

    /** One case per answer the admin gets. */
    sealed interface RevokeResult {
        record Revoked(String prefix) implements RevokeResult {}

        record AlreadyRevoked(String prefix) implements RevokeResult {}

        record NotFound() implements RevokeResult {}

        /** The prefix fits several tokens: the admin must type more of it. */
        record Ambiguous(int matches) implements RevokeResult {}
    }
}
