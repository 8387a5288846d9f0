package io.vipgate.telegram;

import io.vertx.mutiny.core.Vertx;
import io.vipgate.application.broadcast.port.out.BroadcastReporter;
import io.vipgate.application.freechannel.port.out.FreeChannel;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.messaging.port.out.SendBudget;
import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiSettings;
import io.vipgate.telegram.client.BotToken;
import io.vipgate.telegram.command.AdminDashboard;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.transport.CommandMenu;
import io.vipgate.telegram.transport.Deliveries;
import io.vipgate.telegram.transport.LongPoller;
import io.vipgate.telegram.transport.Outages;
import io.vipgate.telegram.transport.ReplySender;
import io.vipgate.telegram.transport.TelegramLauncher;
import io.vipgate.telegram.transport.TelegramStatus;
import io.vipgate.telegram.transport.Transport;
import io.vipgate.telegram.transport.TransportSettings;
import io.vipgate.telegram.transport.UpdateIntake;
import io.vipgate.telegram.transport.UpdateRouter;
import io.vipgate.telegram.transport.WebhookEndpoint;
import io.vipgate.telegram.transport.WebhookRegistration;
import java.time.Clock;
import java.util.Optional;

/** Builds this module's adapters for the wiring in {@code bootstrap}, which owns their lifecycle. */
public final class TelegramAdapters {

    /** Tries of one update before it is answered with an apology instead of handed back to Telegram again. */
    static final int MAX_ATTEMPTS_PER_UPDATE = 5;

    private TelegramAdapters() {}

    public static BotApiSettings settings(TelegramConfig config) {
        return new BotApiSettings(
                config.apiUrl(),
                BotToken.of(config.botToken()),
                config.requestTimeout(),
                config.retry().maxAttempts(),
                config.retry().initialBackoff(),
                config.retry().maxBackoff(),
                config.retry().maxRetryAfter(),
                config.rate().messagesPerSecond(),
                config.rate().perChatInterval());
    }

    /** One client per application: its send pacing is only as global as the instance is shared. */
    public static BotApiClient client(
            Vertx vertx, TelegramConfig config, TelegramObserver observer, SendBudget budget) {
        return new BotApiClient(vertx, settings(config), observer, Optional.of(budget));
    }

    public static VipChannel vipChannel(BotApiClient client, long vipChannelId) {
        return new TelegramVipChannelAdapter(client, vipChannelId);
    }

    public static FreeChannel freeChannel(BotApiClient client, long freeChannelId) {
        return new TelegramFreeChannelAdapter(client, freeChannelId);
    }

    /** {@code users} learns of every user found to have blocked the bot, by any send. */
    public static Notifier notifier(BotApiClient client, RecordUserUseCase users, Texts texts, Clock clock) {
        return new TelegramNotifier(new Deliveries(client, users), texts, clock);
    }

    /** The admin's view of a broadcast: a progress message edited as it goes, and the tally. */
    public static BroadcastReporter broadcastReporter(BotApiClient client, Texts texts) {
        return new TelegramBroadcastReporter(client, texts);
    }

    /**
     * Where the Telegram side stands. Made before the bot: {@code /token}'s links and the dashboard's wait for the
     * username it learns, and readiness reads it.
     */
    public static TelegramStatus status(TelegramConfig config) {
        return new TelegramStatus(TransportSettings.from(config).mode());
    }

    /**
     * The transport the configuration asks for, handing each update to {@code router}. {@code users} learns of every
     * user a reply finds to have blocked the bot; {@code admins} get the admin commands in their menu.
     */
    public static TelegramBot bot(
            Vertx vertx,
            BotApiClient client,
            TelegramConfig config,
            TelegramStatus status,
            UpdateRouter router,
            RecordUserUseCase users,
            RecognizeAdminsUseCase admins,
            AcceptUpdateUseCase accept,
            Outages outages,
            Texts texts,
            TelegramObserver observer,
            Optional<AdminDashboard> dashboard) {
        TransportSettings settings = TransportSettings.from(config);
        UpdateIntake intake = new UpdateIntake(accept, router, MAX_ATTEMPTS_PER_UPDATE, outages, observer);
        ReplySender replies = new ReplySender(client, new Deliveries(client, users));
        Optional<ReplySender> sentReplies = config.webhookReplyInBody() ? Optional.empty() : Optional.of(replies);
        Transport transport = settings.mode() == TransportSettings.Mode.WEBHOOK
                ? new WebhookRegistration(client, settings, replies)
                : new LongPoller(client, intake, replies, settings, vertx);
        TelegramLauncher launcher = new TelegramLauncher(
                client,
                transport,
                new CommandMenu(client, texts, admins, dashboard),
                status,
                settings.startupBackoff(),
                vertx);
        return new TelegramBot(status, new WebhookEndpoint(settings, status, intake, sentReplies), launcher);
    }
}
