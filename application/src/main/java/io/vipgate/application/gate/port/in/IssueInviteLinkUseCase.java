package io.vipgate.application.gate.port.in;

import io.vipgate.domain.subscription.InviteLink;
import java.util.concurrent.CompletionStage;

/** {@code /link}: a fresh personal invite link for an active subscriber. */
public interface IssueInviteLinkUseCase {

    CompletionStage<LinkResult> issue(long userId, String displayName);

    /** One case per answer. */
    sealed interface LinkResult {
        record Issued(InviteLink link) implements LinkResult {
        }

        record NotActive() implements LinkResult {
        }
    }
}
