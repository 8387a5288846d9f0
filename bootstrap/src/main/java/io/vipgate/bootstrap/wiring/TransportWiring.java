package io.vipgate.bootstrap.wiring;

import io.vertx.mutiny.core.Vertx;
import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase;
import io.vipgate.application.subscription.port.in.ListSubscribersUseCase;
import io.vipgate.application.token.port.in.ListTokensUseCase;
import io.vipgate.application.token.port.in.MintTokenUseCase;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.application.token.port.in.RedeemTokenUseCase;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase;
import io.vipgate.application.freechannel.port.in.SetFreeChannelWaitUseCase;
import io.vipgate.application.stats.port.in.ShowStatsUseCase;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
import io.vipgate.telegram.TelegramAdapters;
import io.vipgate.telegram.TelegramBot;
import io.vipgate.telegram.TelegramConfig;
import io.vipgate.telegram.TelegramObserver;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.command.AdminDashboard;
import io.vipgate.telegram.command.BotUseCases;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.payment.Store;
import io.vipgate.bootstrap.health.StoresProbe;
import io.vipgate.telegram.transport.Outages;
import io.vipgate.telegram.transport.TelegramStatus;
import io.vipgate.telegram.transport.WebhookEndpoint;
import io.vipgate.application.gate.port.in.CheckVipMemberUseCase;
import io.vipgate.application.gate.port.in.ShowGateStatsUseCase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/** Builds the transport (polling or webhook, as configured) over the use cases; {@link TelegramLifecycle} runs it. */
public class TransportWiring {

    @Produces
    @Singleton
    BotUseCases botUseCases(RecordUserUseCase users, RecognizeAdminsUseCase admins, RedeemTokenUseCase redeem,
                            CheckStatusUseCase status, IssueInviteLinkUseCase inviteLink, MintTokenUseCase mint,
                            ListTokensUseCase tokens, RevokeTokenUseCase revoke, ListSubscribersUseCase subscribers,
                            ExtendAndInformUseCase extend, KickAndInformUseCase kick, SetFreeChannelWaitUseCase setWait,
                            ShowStatsUseCase stats, RequestFreeChannelJoinUseCase freeJoin,
                            DecideVipJoinRequestUseCase vipJoin, StartBroadcastUseCase broadcast,
                            CheckVipMemberUseCase vipMember, ShowGateStatsUseCase gateStats) {
        return new BotUseCases(users, admins, redeem, status, inviteLink, mint, tokens, revoke, subscribers, extend,
                kick, setWait, stats, freeJoin, vipJoin, broadcast, vipMember, gateStats);
    }

    @Produces
    @Singleton
    TelegramBot telegramBot(Vertx vertx, BotApiClient client, TelegramConfig config, BotUseCases useCases,
                            AcceptUpdateUseCase accept, Texts texts, Clock clock, TelegramObserver observer,
                            StoresProbe stores, Store store, AdminDashboard dashboard) {
        return TelegramAdapters.bot(vertx, client, config, useCases, accept, new Outages(stores::answer), texts,
                clock, observer, Optional.of(store), Optional.of(dashboard));
    }

    /** For {@code POST /telegram/webhook}, which answers 404 in polling mode. */
    @Produces
    @Singleton
    WebhookEndpoint webhookEndpoint(TelegramBot bot) {
        return bot.webhook();
    }

    /** For readiness. */
    @Produces
    @Singleton
    TelegramStatus telegramStatus(TelegramBot bot) {
        return bot.status();
    }
}
