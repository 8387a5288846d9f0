package io.vipgate.bootstrap.wiring;

import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase;
import io.vipgate.application.freechannel.port.in.SetFreeChannelWaitUseCase;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.in.ShowGateStatsUseCase;
import io.vipgate.application.stats.port.in.ShowStatsUseCase;
import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase;
import io.vipgate.application.subscription.port.in.ListSubscribersUseCase;
import io.vipgate.application.token.port.in.ListTokensUseCase;
import io.vipgate.application.token.port.in.MintTokenUseCase;
import io.vipgate.application.token.port.in.RedeemTokenUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.telegram.TelegramConfig;
import io.vipgate.telegram.command.AdminCommands;
import io.vipgate.telegram.command.AdminDashboard;
import io.vipgate.telegram.command.AdminLists;
import io.vipgate.telegram.command.CommandDispatcher;
import io.vipgate.telegram.command.UserCommands;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.payment.Store;
import io.vipgate.telegram.transport.JoinRequestRouter;
import io.vipgate.telegram.transport.TelegramStatus;
import io.vipgate.telegram.transport.UpdateRouter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/** Builds what turns an update into use-case calls: the commands and the routers, each over the use cases it calls. */
public class CommandWiring {

    @Produces
    @Singleton
    UserCommands userCommands(
            RedeemTokenUseCase redemption, CheckStatusUseCase vipStatus, IssueInviteLinkUseCase inviteLinks) {
        return new UserCommands(redemption, vipStatus, inviteLinks);
    }

    /** {@code /token} links to the bot by the username Telegram tells at start. */
    @Produces
    @Singleton
    AdminCommands adminCommands(
            MintTokenUseCase mint,
            RevokeTokenUseCase revocation,
            ExtendAndInformUseCase extension,
            KickAndInformUseCase kicks,
            SetFreeChannelWaitUseCase freeChannelWait,
            ShowStatsUseCase botStats,
            ShowGateStatsUseCase gateStats,
            StartBroadcastUseCase broadcasts,
            TelegramStatus status) {
        return new AdminCommands(
                mint,
                revocation,
                extension,
                kicks,
                freeChannelWait,
                botStats,
                gateStats,
                broadcasts,
                () -> status.botUsername().orElseThrow());
    }

    @Produces
    @Singleton
    AdminLists adminLists(ListTokensUseCase tokenList, ListSubscribersUseCase subscriberList) {
        return new AdminLists(tokenList, subscriberList);
    }

    @Produces
    @Singleton
    CommandDispatcher commandDispatcher(UserCommands user, AdminCommands admin, AdminLists lists) {
        return new CommandDispatcher(user, admin, lists);
    }

    @Produces
    @Singleton
    JoinRequestRouter joinRequestRouter(
            RecordUserUseCase users,
            RequestFreeChannelJoinUseCase freeJoins,
            DecideVipJoinRequestUseCase vipJoins,
            CheckVipMemberUseCase vipMembers,
            Texts texts,
            TelegramConfig config,
            Clock clock) {
        return new JoinRequestRouter(
                users, freeJoins, vipJoins, vipMembers, texts, config.vipChannelId(), config.freeChannelId(), clock);
    }

    /** The store sells VIP with Telegram Stars; the dashboard opens on {@code /admin}. */
    @Produces
    @Singleton
    UpdateRouter updateRouter(
            RecordUserUseCase users,
            RecognizeAdminsUseCase admins,
            CommandDispatcher commands,
            JoinRequestRouter joinRequests,
            Texts texts,
            Store store,
            AdminDashboard dashboard) {
        return new UpdateRouter(
                users, admins, commands, joinRequests, texts, Optional.of(store), Optional.of(dashboard));
    }
}
