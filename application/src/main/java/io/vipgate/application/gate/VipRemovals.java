package io.vipgate.application.gate;

import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase.LinkResult;
import io.vipgate.application.gate.port.out.GateObserver;
import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.user.BotUser;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * Every removal from the VIP channel (expiry, {@code /kick}, the join check, the sweep) goes through here: admins in
 * {@code ADMIN_IDS} are never banned, the ban is decided on the subscription as committed right before the call
 * ({@code subscriptions} must read PostgreSQL, never the cache), and refusals for good are counted and told.
 */
public final class VipRemovals {

    private final VipChannel channel;
    private final SubscriptionRepository committed;
    private final IssueInviteLinkUseCase links;
    private final UserRepository users;
    private final Notifier notifier;
    private final BotPolicy policy;
    private final GateObserver observer;
    private final Clock clock;

    public VipRemovals(
            VipChannel channel,
            SubscriptionRepository committed,
            IssueInviteLinkUseCase links,
            UserRepository users,
            Notifier notifier,
            BotPolicy policy,
            GateObserver observer,
            Clock clock) {
        this.channel = channel;
        this.committed = committed;
        this.links = links;
        this.users = users;
        this.notifier = notifier;
        this.policy = policy;
        this.observer = observer;
        this.clock = clock;
    }

    /** Removes {@code userId} if {@code wanted} holds for their committed subscription at the moment of the call. */
    public CompletionStage<Removal> remove(long userId, Predicate<Optional<Subscription>> wanted) {
        if (policy.isAdmin(userId)) {
            return CompletableFuture.completedFuture(new Removal.Exempt());
        }
        return channel.remove(userId, () -> committed.find(userId).thenApply(wanted::test))
                .thenApply(removal -> {
                    if (removal instanceof Removal.Refused refused) {
                        observer.removalRefused(refused.reason());
                    }
                    return removal;
                });
    }

    /** Whether the user may be in the channel at this moment: an admin or an active subscriber. */
    public CompletionStage<Boolean> mayStay(long userId) {
        if (policy.isAdmin(userId)) {
            return CompletableFuture.completedFuture(true);
        }
        return committed.find(userId).thenApply(found -> isActive(found));
    }

    public boolean isActive(Optional<Subscription> found) {
        return found.filter(subscription -> subscription.isActiveAt(clock.instant()))
                .isPresent();
    }

    /**
     * For a removal that found, once done, the subscription renewed in the meantime (the renewal committed while the
     * ban was on its way): lets the user back in with a fresh personal link. Never fails.
     */
    public CompletionStage<Delivery> readmitIfActive(long userId) {
        return committed
                .find(userId)
                .thenCompose(found -> {
                    if (!isActive(found)) {
                        return CompletableFuture.completedFuture(Delivery.FAILED);
                    }
                    return user(userId)
                            .thenCompose(user -> links.issue(userId, user.displayName())
                                    .thenCompose(result -> result instanceof LinkResult.Issued issued
                                            ? notifier.send(
                                                    user,
                                                    new Notice.Readmitted(
                                                            found.get().expiresAt(), issued.link()))
                                            : CompletableFuture.completedFuture(Delivery.FAILED)));
                })
                .exceptionally(failure -> Delivery.FAILED);
    }

    /** One message to each admin naming the user and why Telegram refuses to remove them. Never fails. */
    public CompletionStage<Void> tellAdmins(long userId, RemovalRefusal reason) {
        return user(userId)
                .thenCompose(user -> {
                    CompletableFuture<?>[] sends = policy.adminIds().stream()
                            .map(adminId -> user(adminId)
                                    .thenCompose(admin -> notifier.send(
                                            admin, new Notice.RemovalRefused(userId, user.displayName(), reason)))
                                    .toCompletableFuture())
                            .toArray(CompletableFuture[]::new);
                    return CompletableFuture.allOf(sends);
                })
                .exceptionally(failure -> null);
    }

    /** A user the bot never saw is still addressed, in the default language: Telegram knows whether they exist. */
    private CompletionStage<BotUser> user(long userId) {
        return users.find(userId).thenApply(found -> found.orElseGet(() -> BotUser.seen(userId, "", null, null, null)));
    }
}
