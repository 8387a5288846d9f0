package io.vipgate.application.subscription;

import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase.LinkResult;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.subscription.port.in.InformSubscriberUseCase;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Words an admin's change to a user's access as a notice in the user's language. A user the bot never saw
 * is still tried (in the default language): Telegram, not our records, knows whether they can be reached.
 */
public final class InformSubscriberService implements InformSubscriberUseCase {

    private final UserRepository users;
    private final IssueInviteLinkUseCase links;
    private final Notifier notifier;

    public InformSubscriberService(UserRepository users, IssueInviteLinkUseCase links, Notifier notifier) {
        this.users = users;
        this.links = links;
        this.notifier = notifier;
    }

    @Override
    public CompletionStage<Delivery> accessGranted(long userId, Instant expiresAt) {
        return neverFailing(
                userId,
                user -> links.issue(userId, user.displayName())
                        .thenCompose(result -> result instanceof LinkResult.Issued issued
                                ? notifier.send(user, new Notice.AccessGranted(expiresAt, issued.link()))
                                : CompletableFuture.completedFuture(Delivery.FAILED)));
    }

    @Override
    public CompletionStage<Delivery> accessRevoked(long userId) {
        return neverFailing(userId, user -> notifier.send(user, new Notice.AccessRevoked()));
    }

    private CompletionStage<Delivery> neverFailing(long userId, Function<BotUser, CompletionStage<Delivery>> send) {
        return users.find(userId)
                .thenCompose(found -> send.apply(found.orElseGet(() -> BotUser.seen(userId, "", null, null, null))))
                .exceptionally(failure -> Delivery.FAILED);
    }
}
