package io.vipgate.telegram.command;

import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase.BroadcastStart;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase.Queued;
import io.vipgate.application.freechannel.port.in.SetFreeChannelWaitUseCase;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase.Verdict;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase.LinkResult;
import io.vipgate.application.gate.port.in.ShowGateStatsUseCase;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.application.stats.port.in.BotStats;
import io.vipgate.application.stats.port.in.ShowStatsUseCase;
import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase.Extended;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase.KickOutcome;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import io.vipgate.application.subscription.port.in.ListSubscribersUseCase;
import io.vipgate.application.subscription.port.in.SubscriberPage;
import io.vipgate.application.subscription.port.in.VipStatus;
import io.vipgate.application.token.port.in.ListTokensUseCase;
import io.vipgate.application.token.port.in.MintTokenUseCase;
import io.vipgate.application.token.port.in.RedeemTokenUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase.RevokeResult;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
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
    /** How telling the user of an /extend, or of a /kick that removed them, went. */
    public volatile Delivery told = Delivery.SENT;

    public volatile CheckVipMemberUseCase.Check memberCheck = new CheckVipMemberUseCase.Check.NotAJoin();
    public volatile KickResult kick = new KickResult.NotSubscribed();
    public volatile BroadcastStart broadcast = new BroadcastStart.Started(7, 3);
    /** When set, every use case but the user record fails with what it supplies. */
    public volatile Supplier<RuntimeException> failure;

    public final RecordUserUseCase users = new RecordUserUseCase() {
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
    public final RecognizeAdminsUseCase admins = new RecognizeAdminsUseCase() {
        @Override
        public boolean isAdmin(long userId) {
            return userId == ADMIN;
        }

        @Override
        public Set<Long> adminIds() {
            return Set.of(ADMIN);
        }
    };
    public final RedeemTokenUseCase redeemToken =
            (userId, name, token) -> answer("redeem " + userId + " " + token, redemption);
    public final CheckStatusUseCase checkStatus = userId -> answer("status " + userId, status);
    public final IssueInviteLinkUseCase issueInviteLink =
            (userId, name) -> answer("link " + userId, new LinkResult.NotActive());
    public final MintTokenUseCase mintToken = (adminId, grants, uses) -> answer(
            "mint " + adminId + " " + grants + " " + uses,
            new MintedToken(SECRET, InvitationToken.mint(SECRET, grants, uses, Duration.ofDays(7), adminId, NOW)));
    public final ListTokensUseCase listTokens = () -> answer("tokens", List.of());
    public final RevokeTokenUseCase revokeToken =
            (adminId, text) -> answer("revoke " + text, new RevokeResult.NotFound());
    public final ListSubscribersUseCase listSubscribers =
            page -> answer("subs " + page, new SubscriberPage(List.of(), 1, 1, 0));
    public final ExtendAndInformUseCase extendAndInform = (adminId, userId, duration) -> answer(
            "extend " + userId + " " + duration,
            new Extended(Subscription.start(userId, duration, NOW, ReminderSchedule.DEFAULT), told));
    public final KickAndInformUseCase kickAndInform = (adminId, userId) -> answer(
            "kick " + userId,
            new KickOutcome(kick, kick instanceof KickResult.Kicked ? Optional.of(told) : Optional.empty()));
    public final SetFreeChannelWaitUseCase setFreeChannelWait =
            (adminId, wait) -> answer("setwait " + wait.minutes(), wait);
    public final ShowStatsUseCase showStats = () -> answer("stats", new BotStats(1, 2, 3, 4, 5, 6));
    public final ShowGateStatsUseCase showGateStats =
            () -> answer("gatestats", new ShowGateStatsUseCase.GateStats(7, 2));
    public final StartBroadcastUseCase startBroadcast = (adminId, text) -> answer("broadcast " + text, broadcast);
    public final RequestFreeChannelJoinUseCase requestFreeJoin = (userId, chatId, userChatId) -> answer(
            "free " + userId,
            new Queued(JoinRequest.pending(userId, chatId, userChatId, NOW), NOW.plus(Duration.ofMinutes(5))));
    public final DecideVipJoinRequestUseCase decideVipJoin =
            userId -> answer("vip " + userId, new Verdict(vipActive, JoinDecision.DONE));
    public final CheckVipMemberUseCase checkVipMember =
            (user, before, after) -> answer("member " + user.id() + " " + before + ">" + after, memberCheck);

    /** The command classes over these stubs, as the wiring assembles them; /token links to vipgate_test_bot. */
    public CommandDispatcher dispatcher() {
        return new CommandDispatcher(
                new UserCommands(redeemToken, checkStatus, issueInviteLink),
                new AdminCommands(
                        mintToken,
                        revokeToken,
                        extendAndInform,
                        kickAndInform,
                        setFreeChannelWait,
                        showStats,
                        showGateStats,
                        startBroadcast,
                        () -> "vipgate_test_bot"),
                new AdminLists(listTokens, listSubscribers));
    }

    private <T> CompletionStage<T> answer(String call, T value) {
        calls.add(call);
        Supplier<RuntimeException> failing = failure;
        return failing == null
                ? CompletableFuture.completedFuture(value)
                : CompletableFuture.failedFuture(failing.get());
    }
}
