package io.vipgate.application.gate.port.in;

import io.vipgate.domain.subscription.InviteLink;
import java.util.concurrent.CompletionStage;

/**
 * A fresh personal invite link for an active subscriber, the previous one revoked: {@code /link}, and every path that
 * activates VIP (a redemption, {@code /extend}, a payment) calls this one use case.
 */
public interface IssueInviteLinkUseCase {

    CompletionStage<LinkResult> issue(long userId, String displayName);

    /** One case per answer. */
    sealed interface LinkResult {
        record Issued(InviteLink link) implements LinkResult {}

        record NotActive() implements LinkResult {}
    }
}
