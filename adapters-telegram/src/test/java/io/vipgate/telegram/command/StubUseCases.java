package io.vipgate.telegram.command;

import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.ShowGateStatsUseCase;
import io.vipgate.application.stats.port.in.BotStats;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase.Verdict;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase.Extended;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase.LinkResult;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase.KickOutcome;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase.Queued;
import io.vipgate.application.token.port.in.RevokeTokenUseCase.RevokeResult;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase.BroadcastStart;
import io.vipgate.application.subscription.port.in.SubscriberPage;
import io.vipgate.application.subscription.port.in.VipStatus;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** Use cases answering what a test set, and recording how they were called; admin is user 1001. */
public final class StubUseCases {

    public static final long ADMIN = 1001L;
    public static final Instant NOW = Instant.parse("2026-11-21T14:30:00Z");
    public static final TokenSecret SECRET = new TokenSecret("AbCdEfGhIjKlMnOpQrStUv");

    public final List<BotUser> seen = new CopyOnWriteArrayList<>();
    public final List<Long> blocked = new CopyOnWriteArrayList<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public volatile RedemptionOutcome redemption = new RedemptionOutcome.UnknownToken();
    public volatile VipStatus status = new VipStatus.NeverSubscribed();
    public volatile boolean vipActive;
    /** How telling the user of an /extend or a removing /kick went. */
    public volatile Delivery told = Delivery.SENT;
    public volatile CheckVipMemberUseCase.Check memberCheck = new CheckVipMemberUseCase.Check.NotAJoin();
    public volatile KickResult kick = new KickResult.NotSubscribed();
    public volatile BroadcastStart broadcast = new BroadcastStart.Started(7, 3);
    /** When set, every use case but the user record fails with what it supplies. */
    public volatile Supplier<RuntimeException> failure;

    public BotUseCases useCases() {
        return new BotUseCases(users(), admins(),
                (userId, name, token) -> answer("redeem " + userId + " " + token, redemption),
                userId -> answer("status " + userId, status),
                (userId, name) -> answer("link " + userId, new LinkResult.NotActive()),
                (adminId, grants, uses) -> answer("mint " + adminId + " " + grants + " " + uses, new MintedToken(SECRET,
                        InvitationToken.mint(SECRET, grants, uses, Duration.ofDays(7), adminId, NOW))),
                () -> answer("tokens", List.of()),
                (adminId, text) -> answer("revoke " + text, new RevokeResult.NotFound()),
                page -> answer("subs " + page, new SubscriberPage(List.of(), 1, 1, 0)),
                (adminId, userId, duration) -> answer("extend " + userId + " " + duration,
                        new Extended(Subscription.start(userId, duration, NOW, ReminderSchedule.DEFAULT), told)),
                (adminId, userId) -> answer("kick " + userId, new KickOutcome(kick,
                        kick instanceof KickResult.Kicked ? Optional.of(told) : Optional.empty())),
                (adminId, wait) -> answer("setwait " + wait.minutes(), wait),
                () -> answer("stats", new BotStats(1, 2, 3, 4, 5, 6)),
                (userId, chatId, userChatId) -> answer("free " + userId, new Queued(
                        JoinRequest.pending(userId, chatId, userChatId, NOW), NOW.plus(Duration.ofMinutes(5)))),
                userId -> answer("vip " + userId, new Verdict(vipActive, JoinDecision.DONE)),
                (adminId, text) -> answer("broadcast " + text, broadcast),
                (user, before, after) -> answer("member " + user.id() + " " + before + ">" + after, memberCheck),
                () -> answer("gatestats", new ShowGateStatsUseCase.GateStats(7, 2)));
    }

    private <T> CompletionStage<T> answer(String call, T value) {
        calls.add(call);
        Supplier<RuntimeException> failing = failure;
        return failing == null ? CompletableFuture.completedFuture(value) : CompletableFuture.failedFuture(failing.get());
    }

    private RecordUserUseCase users() {
        return new RecordUserUseCase() {
            @Override
            public CompletionStage<Void> seen(BotUser user) {
                seen.add(user);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<Void> blockedBot(long userId) {
                blocked.add(userId);
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    private static RecognizeAdminsUseCase admins() {
        return new RecognizeAdminsUseCase() {
            @Override
            public boolean isAdmin(long userId) {
                return userId == ADMIN;
            }

            @Override
            public Set<Long> adminIds() {
                return Set.of(ADMIN);
            }
        };
    }
}
