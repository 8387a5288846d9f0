package io.vipgate.application.gate;

import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.out.InviteLinks;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Mints a fresh personal invite link, for active subscribers only, and makes it the user's one live link: the
 * previous ones are marked revoked in the store first (so that no replica hands them out again), then on Telegram.
 * Every activation (a redemption, {@code /extend}, a payment) and {@code /link} comes through here.
 */
public final class IssueInviteLinkService implements IssueInviteLinkUseCase {

    private final SubscriptionRepository subscriptions;
    private final VipChannel channel;
    private final InviteLinks links;
    private final BotPolicy policy;
    private final Clock clock;

    public IssueInviteLinkService(
            SubscriptionRepository subscriptions,
            VipChannel channel,
            InviteLinks links,
            BotPolicy policy,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.channel = channel;
        this.links = links;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<LinkResult> issue(long userId, String displayName) {
        Instant now = clock.instant();
        return subscriptions.find(userId).thenCompose(found -> {
            if (found.isEmpty() || !found.get().isActiveAt(now)) {
                return CompletableFuture.completedFuture(new LinkResult.NotActive());
            }
            return channel.createInviteLink(userId, displayName, now.plus(policy.inviteLinkLifetime()))
                    .thenCompose(link -> links.replace(userId, link, clock.instant())
                            .thenCompose(replaced -> revokeOnTelegram(replaced))
                            .thenApply(revoked -> new LinkResult.Issued(link)));
        });
    }

    /**
     * Best effort: a link left live on Telegram still asks for approval, which only its owner gets, and it expires
     * within the hour anyway; failing the new link for it would leave the user with none.
     */
    private CompletionStage<Void> revokeOnTelegram(List<String> urls) {
        CompletableFuture<?>[] calls = urls.stream()
                .map(url -> channel.revokeInviteLink(url).toCompletableFuture().exceptionally(failure -> null))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(calls);
    }
}
