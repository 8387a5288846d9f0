package io.vipgate.application.token;

import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase.LinkResult;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.token.port.in.RedeemTokenUseCase;
import io.vipgate.application.token.port.out.RedemptionAttempts;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.RedemptionOutcome.AlreadyRedeemed;
import io.vipgate.domain.subscription.RedemptionOutcome.Redeemed;
import io.vipgate.domain.subscription.RedemptionOutcome.TooManyAttempts;
import io.vipgate.domain.subscription.RedemptionOutcome.UnknownToken;
import io.vipgate.domain.token.TokenSecret;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Redeems a token: rate limit, one atomic ledger call, then the personal invite link. */
public final class RedeemTokenService implements RedeemTokenUseCase {

    private final SubscriptionLedger ledger;
    private final RedemptionAttempts attempts;
    private final IssueInviteLinkUseCase links;
    private final BotPolicy policy;
    private final Clock clock;

    public RedeemTokenService(
            SubscriptionLedger ledger,
            RedemptionAttempts attempts,
            IssueInviteLinkUseCase links,
            BotPolicy policy,
            Clock clock) {
        this.ledger = ledger;
        this.attempts = attempts;
        this.links = links;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<RedemptionOutcome> redeem(long userId, String displayName, String tokenText) {
        return attempts.blockedFor(userId)
                .thenCompose(blocked -> blocked.<CompletionStage<RedemptionOutcome>>map(
                                wait -> CompletableFuture.completedFuture(new TooManyAttempts(wait)))
                        .orElseGet(() -> attempt(userId, displayName, tokenText)));
    }

    private CompletionStage<RedemptionOutcome> attempt(long userId, String displayName, String tokenText) {
        CompletionStage<RedemptionOutcome> outcome = TokenSecret.looksLikeToken(tokenText)
                ? ledger.redeem(new TokenSecret(tokenText).hash(), userId, clock.instant(), policy.reminders())
                : CompletableFuture.completedFuture(new UnknownToken());
        return outcome.thenCompose(result -> switch (result) {
            case Redeemed redeemed -> withInviteLink(redeemed, userId, displayName);
            case AlreadyRedeemed again -> linkAgain(again, userId, displayName);
            case TooManyAttempts limited -> CompletableFuture.completedFuture(limited);
            default -> attempts.recordFailure(userId).thenApply(ignored -> result);
        });
    }

    /** The redemption stands even when Telegram cannot mint a link now: {@code /link} gets one later. */
    private CompletionStage<RedemptionOutcome> withInviteLink(Redeemed redeemed, long userId, String displayName) {
        return CompletableFuture.completedFuture(userId)
                .thenCompose(user -> links.issue(user, displayName))
                .<RedemptionOutcome>thenApply(result ->
                        result instanceof LinkResult.Issued issued ? redeemed.withInviteLink(issued.link()) : redeemed)
                .exceptionally(failure -> redeemed);
    }

    /** The same link flow as {@code /link}: a crash after the redemption's commit must not cost the user it. */
    private CompletionStage<RedemptionOutcome> linkAgain(AlreadyRedeemed again, long userId, String displayName) {
        return links.issue(userId, displayName)
                .<RedemptionOutcome>thenApply(result -> switch (result) {
                    case LinkResult.Issued issued -> again.withInviteLink(issued.link());
                    case LinkResult.NotActive notActive -> again;
                })
                .exceptionally(failure -> again);
    }
}
