package io.vipgate.bootstrap.wiring;

import io.vipgate.application.freechannel.RequestFreeChannelJoinService;
import io.vipgate.application.freechannel.SetFreeChannelWaitService;
import io.vipgate.application.freechannel.port.in.RequestFreeChannelJoinUseCase;
import io.vipgate.application.freechannel.port.in.SetFreeChannelWaitUseCase;
import io.vipgate.application.gate.IssueInviteLinkService;
import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.stats.ShowStatsService;
import io.vipgate.application.stats.port.in.ShowStatsUseCase;
import io.vipgate.application.subscription.CheckStatusService;
import io.vipgate.application.subscription.ExtendSubscriptionService;
import io.vipgate.application.subscription.KickSubscriberService;
import io.vipgate.application.subscription.ListSubscribersService;
import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.application.subscription.port.in.ExtendSubscriptionUseCase;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase;
import io.vipgate.application.subscription.port.in.ListSubscribersUseCase;
import io.vipgate.application.token.ListTokensService;
import io.vipgate.application.token.MintTokenService;
import io.vipgate.application.token.RedeemTokenService;
import io.vipgate.application.token.RevokeTokenService;
import io.vipgate.application.token.port.in.ListTokensUseCase;
import io.vipgate.application.token.port.in.MintTokenUseCase;
import io.vipgate.application.token.port.in.RedeemTokenUseCase;
import io.vipgate.application.token.port.in.RevokeTokenUseCase;
import io.vipgate.application.user.RecordUserService;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** Builds the plain application services; the adapters only ever see their use-case interfaces. */
public class UseCaseWiring {

    @Produces
    @Singleton
    RedeemTokenUseCase redeemToken(OutPorts ports, IssueInviteLinkUseCase links, BotPolicy policy, Clock clock) {
        return new RedeemTokenService(ports.ledger(), ports.attempts(), links, policy, clock);
    }

    @Produces
    @Singleton
    MintTokenUseCase mintToken(OutPorts ports, SecureRandom random, BotPolicy policy, Clock clock) {
        return new MintTokenService(ports.tokens(), random, policy, clock);
    }

    @Produces
    @Singleton
    ListTokensUseCase listTokens(OutPorts ports, Clock clock) {
        return new ListTokensService(ports.tokens(), clock);
    }

    @Produces
    @Singleton
    RevokeTokenUseCase revokeToken(OutPorts ports) {
        return new RevokeTokenService(ports.tokens());
    }

    @Produces
    @Singleton
    CheckStatusUseCase checkStatus(OutPorts ports, Clock clock) {
        return new CheckStatusService(ports.subscriptions(), clock);
    }

    @Produces
    @Singleton
    IssueInviteLinkUseCase issueInviteLink(OutPorts ports, BotPolicy policy, Clock clock) {
        return new IssueInviteLinkService(
                ports.subscriptions(), ports.vipChannel(), ports.inviteLinks(), policy, clock);
    }

    @Produces
    @Singleton
    ExtendSubscriptionUseCase extendSubscription(OutPorts ports, BotPolicy policy, Clock clock) {
        return new ExtendSubscriptionService(ports.ledger(), policy, clock);
    }

    @Produces
    @Singleton
    KickSubscriberUseCase kickSubscriber(OutPorts ports, VipRemovals removals, Clock clock) {
        return new KickSubscriberService(ports.uncachedSubscriptions(), ports.ledger(), removals, clock);
    }

    @Produces
    @Singleton
    ListSubscribersUseCase listSubscribers(OutPorts ports, Clock clock) {
        return new ListSubscribersService(ports.uncachedSubscriptions(), clock);
    }

    @Produces
    @Singleton
    SetFreeChannelWaitUseCase setFreeChannelWait(OutPorts ports) {
        return new SetFreeChannelWaitService(ports.settings());
    }

    @Produces
    @Singleton
    ShowStatsUseCase showStats(OutPorts ports, Clock clock) {
        return new ShowStatsService(ports.stats(), clock);
    }

    @Produces
    @Singleton
    RecordUserUseCase recordUser(OutPorts ports) {
        return new RecordUserService(ports.users());
    }

    @Produces
    @Singleton
    RequestFreeChannelJoinUseCase requestFreeChannelJoin(OutPorts ports, Clock clock) {
        return new RequestFreeChannelJoinService(ports.joinRequests(), ports.settings(), clock);
    }
}
