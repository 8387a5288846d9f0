package io.vipgate.bootstrap.wiring;

import io.vipgate.application.gate.DecideVipJoinRequestService;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.subscription.ExtendAndInformService;
import io.vipgate.application.subscription.InformSubscriberService;
import io.vipgate.application.subscription.KickAndInformService;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase;
import io.vipgate.application.subscription.port.in.ExtendSubscriptionUseCase;
import io.vipgate.application.subscription.port.in.InformSubscriberUseCase;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase;
import io.vipgate.application.update.AcceptUpdateService;
import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.application.update.port.out.UpdateLog;
import io.vipgate.application.user.RecognizeAdminsService;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.bootstrap.config.BotConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;

/** Builds the use cases only Telegram updates drive: update de-duplication, join decisions, admin notices. */
public class TelegramUseCaseWiring {

    /**
     * {@code updateLog} is Redis with PostgreSQL behind it, or PostgreSQL alone (see CacheWiring). Each start is an
     * owner of its own, so that a restarted process takes over its dead predecessor's claims only after the timeout.
     */
    @Produces
    @Singleton
    AcceptUpdateUseCase acceptUpdate(UpdateLog updateLog, Clock clock, BotConfig config) {
        String owner = UUID.randomUUID().toString().replace("-", "");
        return new AcceptUpdateService(updateLog, clock, owner, config.updateHandlingTimeout());
    }

    /** Straight from PostgreSQL: whether to let someone into the VIP channel must see the last commit. */
    @Produces
    @Singleton
    DecideVipJoinRequestUseCase decideVipJoinRequest(OutPorts ports, BotPolicy policy, Clock clock) {
        return new DecideVipJoinRequestService(ports.uncachedSubscriptions(), ports.vipChannel(), policy, clock);
    }

    @Produces
    @Singleton
    InformSubscriberUseCase informSubscriber(OutPorts ports, IssueInviteLinkUseCase links, Notifier notifier) {
        return new InformSubscriberService(ports.users(), links, notifier);
    }

    @Produces
    @Singleton
    ExtendAndInformUseCase extendAndInform(ExtendSubscriptionUseCase extend, InformSubscriberUseCase inform) {
        return new ExtendAndInformService(extend, inform);
    }

    @Produces
    @Singleton
    KickAndInformUseCase kickAndInform(KickSubscriberUseCase kick, InformSubscriberUseCase inform) {
        return new KickAndInformService(kick, inform);
    }

    @Produces
    @Singleton
    RecognizeAdminsUseCase recognizeAdmins(BotPolicy policy) {
        return new RecognizeAdminsService(policy);
    }
}
