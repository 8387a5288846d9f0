package io.vipgate.telegram.command;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase.BroadcastStart;
import io.vipgate.application.freechannel.port.in.SetFreeChannelWaitUseCase;
import io.vipgate.application.gate.port.in.ShowGateStatsUseCase;
import io.vipgate.application.gate.port.in.ShowGateStatsUseCase.GateStats;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.stats.port.in.BotStats;
import io.vipgate.application.stats.port.in.ShowStatsUseCase;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase.Extended;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase.KickOutcome;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import io.vipgate.application.token.port.in.MintTokenUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase.RevokeResult;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.NoticeTexts;
import io.vipgate.telegram.i18n.Text;
import java.util.List;
import java.util.function.Supplier;

/** The admin commands except {@code /tokens} and {@code /subs}, which {@link AdminLists} answers. */
public final class AdminCommands {

    private final MintTokenUseCase mint;
    private final RevokeTokenUseCase revocation;
    private final ExtendAndInformUseCase extension;
    private final KickAndInformUseCase kicks;
    private final SetFreeChannelWaitUseCase freeChannelWait;
    private final ShowStatsUseCase botStats;
    private final ShowGateStatsUseCase gateStats;
    private final StartBroadcastUseCase broadcasts;
    private final Supplier<String> botUsername;

    /** {@code botUsername} is asked only when a token is minted: Telegram tells it once the bot has started. */
    public AdminCommands(
            MintTokenUseCase mint,
            RevokeTokenUseCase revocation,
            ExtendAndInformUseCase extension,
            KickAndInformUseCase kicks,
            SetFreeChannelWaitUseCase freeChannelWait,
            ShowStatsUseCase botStats,
            ShowGateStatsUseCase gateStats,
            StartBroadcastUseCase broadcasts,
            Supplier<String> botUsername) {
        this.mint = mint;
        this.revocation = revocation;
        this.extension = extension;
        this.kicks = kicks;
        this.freeChannelWait = freeChannelWait;
        this.botStats = botStats;
        this.gateStats = gateStats;
        this.broadcasts = broadcasts;
        this.botUsername = botUsername;
    }

    Uni<Html> token(Caller caller, Command command) {
        VipDuration grants = Args.duration(command, 0);
        int uses = (int) Args.number(command, 1, 1, InvitationToken.MAX_USES_LIMIT, 1);
        Messages m = caller.messages();
        return Async.<MintedToken>uni(() -> mint.mint(caller.id(), grants, uses))
                .map(minted -> m.html(
                        Text.TOKEN_MINTED,
                        m.exact(grants.value()),
                        m.uses(uses),
                        m.date(minted.token().validUntil()),
                        "https://t.me/" + botUsername.get() + "?start="
                                + minted.secret().value()));
    }

    Uni<Html> revoke(Caller caller, Command command) {
        String text = Args.required(command, 0);
        Messages m = caller.messages();
        return Async.<RevokeResult>uni(() -> revocation.revoke(caller.id(), text))
                .map(result -> switch (result) {
                    case RevokeResult.Revoked revoked -> m.html(Text.TOKEN_REVOKED_NOW, revoked.prefix());
                    case RevokeResult.AlreadyRevoked already -> m.html(Text.TOKEN_ALREADY_REVOKED, already.prefix());
                    case RevokeResult.NotFound notFound -> m.html(Text.TOKEN_NOT_FOUND);
                    case RevokeResult.Ambiguous ambiguous -> m.html(Text.TOKEN_AMBIGUOUS, ambiguous.matches());
                });
    }

    Uni<Html> extend(Caller caller, Command command) {
        long userId = Args.userId(command, 0);
        VipDuration duration = Args.duration(command, 1);
        Messages m = caller.messages();
        return Async.<Extended>uni(() -> extension.extend(caller.id(), userId, duration))
                .map(extended -> lines(
                        m.html(
                                Text.EXTENDED,
                                userId,
                                m.date(extended.subscription().expiresAt())),
                        told(m, extended.told())));
    }

    Uni<Html> kick(Caller caller, Command command) {
        long userId = Args.userId(command, 0);
        Messages m = caller.messages();
        return Async.<KickOutcome>uni(() -> kicks.kick(caller.id(), userId)).map(outcome -> switch (outcome.result()) {
            case KickResult.Kicked kicked ->
                lines(m.html(Text.KICKED, userId), told(m, outcome.told().orElseThrow()));
            case KickResult.NotSubscribed none -> m.html(Text.KICK_NOT_SUBSCRIBED, userId);
            case KickResult.RenewedMeanwhile renewed -> m.html(Text.KICK_RENEWED, userId);
            case KickResult.EndedAdminKept kept -> m.html(Text.KICK_ADMIN_KEPT, userId);
            case KickResult.Refused refused ->
                m.html(Text.KICK_REFUSED, userId, NoticeTexts.refusal(m, refused.reason()));
        });
    }

    Uni<Html> setWait(Caller caller, Command command) {
        FreeChannelWait wait =
                FreeChannelWait.ofMinutes(Args.number(Args.required(command, 0), 0, FreeChannelWait.MAX_MINUTES));
        Messages m = caller.messages();
        return Async.<FreeChannelWait>uni(() -> freeChannelWait.setWait(caller.id(), wait))
                .map(set ->
                        set.minutes() == 0 ? m.html(Text.WAIT_SET_NOW) : m.html(Text.WAIT_SET, m.exact(set.value())));
    }

    Uni<Html> stats(Caller caller) {
        Messages m = caller.messages();
        return Async.<BotStats>uni(() -> botStats.stats())
                .chain(s -> Async.<GateStats>uni(() -> gateStats.stats())
                        .map(gate -> lines(
                                m.html(
                                        Text.STATS,
                                        s.activeSubscribers(),
                                        s.expiringWithinWeek(),
                                        s.tokensMinted(),
                                        s.tokensRedeemed(),
                                        s.freeRequestsPending(),
                                        s.freeRequestsApproved()),
                                m.html(
                                        Text.STATS_GATE,
                                        gate.membersInside(),
                                        s.activeSubscribers(),
                                        gate.turnedAway()))));
    }

    /** The text as typed after the command, line breaks and all; the broadcast job sends it. */
    Uni<Html> broadcast(Caller caller, String text) {
        if (text.isEmpty()) {
            throw new UsageException();
        }
        Messages m = caller.messages();
        if (text.length() > StartBroadcastUseCase.MAX_TEXT_LENGTH) {
            return Uni.createFrom()
                    .item(m.html(Text.BROADCAST_TOO_LONG, text.length(), StartBroadcastUseCase.MAX_TEXT_LENGTH));
        }
        return Async.<BroadcastStart>uni(() -> broadcasts.start(caller.id(), text))
                .map(result -> switch (result) {
                    case BroadcastStart.Started started ->
                        m.html(Text.BROADCAST_STARTED, started.broadcastId(), started.recipients());
                    case BroadcastStart.NoRecipients none -> m.html(Text.BROADCAST_NONE);
                });
    }

    private static Html told(Messages m, Delivery delivery) {
        return m.html(
                switch (delivery) {
                    case SENT -> Text.TOLD_SENT;
                    case BLOCKED -> Text.TOLD_BLOCKED;
                    case FAILED -> Text.TOLD_FAILED;
                });
    }

    private static Html lines(Html... lines) {
        return Html.join("\n", List.of(lines));
    }
}
