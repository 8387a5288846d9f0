package io.vipgate.application.gate.port.out;

import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The personal links issued, so that each user has at most one live link, across restarts and replicas. */
public interface InviteLinks {

    /**
     * Stores {@code link} as {@code userId}'s one live link and marks every other live link of theirs revoked, in one
     * transaction serialised per user; answers the URLs it marked, which the caller revokes on Telegram.
     */
    CompletionStage<List<String>> replace(long userId, InviteLink link, Instant now);
}
