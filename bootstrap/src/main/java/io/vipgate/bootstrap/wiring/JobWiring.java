package io.vipgate.bootstrap.wiring;

import io.vipgate.application.broadcast.DeliverBroadcastsService;
import io.vipgate.application.broadcast.StartBroadcastService;
import io.vipgate.application.broadcast.port.in.DeliverBroadcastsUseCase;
import io.vipgate.application.broadcast.port.in.StartBroadcastUseCase;
import io.vipgate.application.broadcast.port.out.BroadcastReporter;
import io.vipgate.application.freechannel.ApproveFreeRequestsService;
import io.vipgate.application.freechannel.port.in.ApproveFreeRequestsUseCase;
import io.vipgate.application.freechannel.port.out.FreeChannel;
import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.jobs.ExpireDueSubscriptionsService;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.jobs.SendDueRemindersService;
import io.vipgate.application.jobs.port.in.ExpireDueSubscriptionsUseCase;
import io.vipgate.application.jobs.port.in.SendDueRemindersUseCase;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.update.PruneUpdateLogService;
import io.vipgate.application.update.port.in.PruneUpdateLogUseCase;
import io.vipgate.application.update.port.out.UpdateLog;
import io.vipgate.bootstrap.jobs.JobsConfig;
import io.vipgate.telegram.TelegramAdapters;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.i18n.Texts;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Builds the background jobs' use cases, and {@code /broadcast}'s, over the cached ledger and the job claims. */
public class JobWiring {

    @Produces
    @Singleton
    ExpireDueSubscriptionsUseCase expireDueSubscriptions(
            OutPorts ports, VipRemovals removals, Notifier notifier, JobsConfig config, Clock clock) {
        return new ExpireDueSubscriptionsService(
                ports.dueSubscriptions(), ports.ledger(), removals, notifier, rows(config), clock);
    }

    @Produces
    @Singleton
    SendDueRemindersUseCase sendDueReminders(
            OutPorts ports, Notifier notifier, BotPolicy policy, JobsConfig config, Clock clock) {
        return new SendDueRemindersService(
                ports.dueSubscriptions(), ports.ledger(), notifier, policy.reminders(), rows(config), clock);
    }

    @Produces
    @Singleton
    ApproveFreeRequestsUseCase approveFreeRequests(
            OutPorts ports, FreeChannel channel, Notifier notifier, JobsConfig config, Clock clock) {
        return new ApproveFreeRequestsService(
                ports.dueJoinRequests(), ports.settings(), channel, notifier, rows(config), clock);
    }

    @Produces
    @Singleton
    BroadcastReporter broadcastReporter(BotApiClient client, Texts texts) {
        return TelegramAdapters.broadcastReporter(client, texts);
    }

    @Produces
    @Singleton
    StartBroadcastUseCase startBroadcast(OutPorts ports, BroadcastReporter reporter, JobsConfig config, Clock clock) {
        return new StartBroadcastService(ports.broadcasts(), ports.users(), reporter, broadcasts(config), clock);
    }

    @Produces
    @Singleton
    DeliverBroadcastsUseCase deliverBroadcasts(
            OutPorts ports, Notifier notifier, BroadcastReporter reporter, JobsConfig config, Clock clock) {
        return new DeliverBroadcastsService(
                ports.broadcasts(), ports.users(), notifier, reporter, broadcasts(config), clock);
    }

    /** {@code updateLog} is the one CacheWiring chose; its pruning always reaches PostgreSQL. */
    @Produces
    @Singleton
    PruneUpdateLogUseCase pruneUpdateLog(UpdateLog updateLog, Clock clock) {
        return new PruneUpdateLogService(updateLog, clock);
    }

    private static JobSettings rows(JobsConfig config) {
        return new JobSettings(config.batchSize(), config.lease(), config.retryDelay());
    }

    /** A broadcast sends nothing twice, so its retry delay never applies. */
    private static JobSettings broadcasts(JobsConfig config) {
        return new JobSettings(
                config.broadcast().batchSize(), config.broadcast().lease(), Duration.ZERO);
    }
}
