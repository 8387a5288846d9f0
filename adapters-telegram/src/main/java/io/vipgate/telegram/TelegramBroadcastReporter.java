package io.vipgate.telegram;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.broadcast.port.out.BroadcastReporter;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.transport.Replies;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * An admin's broadcast as Telegram shows it: one message edited as the job goes ("120/500 sent"), then the tally as
 * a new message, which notifies where an edit would not. Paced like every other send; never fails.
 */
final class TelegramBroadcastReporter implements BroadcastReporter {

    private static final Logger LOG = Logger.getLogger(TelegramBroadcastReporter.class);

    private final BotApiClient client;
    private final Texts texts;

    TelegramBroadcastReporter(BotApiClient client, Texts texts) {
        this.client = client;
        this.texts = texts;
    }

    @Override
    public CompletionStage<Optional<Long>> open(BotUser admin, BroadcastProgress progress) {
        return client.send(admin.id(), Replies.message(admin.id(), progressText(admin, progress)))
                .map(message -> Optional.of(message.getMessageId().longValue()))
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf(
                            "Broadcast progress message not posted: broadcast=%d error=\"%s\"",
                            progress.broadcastId(), failure.getMessage());
                    return Optional.empty();
                })
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Void> progress(BotUser admin, long messageId, BroadcastProgress progress) {
        EditMessageText edit = EditMessageText.builder()
                .chatId(String.valueOf(admin.id()))
                .messageId(Math.toIntExact(messageId))
                .text(progressText(admin, progress).markup())
                .parseMode(Replies.HTML)
                .build();
        return quietly(client.send(admin.id(), edit).replaceWithVoid(), progress);
    }

    @Override
    public CompletionStage<Void> finished(BotUser admin, BroadcastProgress tally) {
        Html text = texts.forUser(admin)
                .html(
                        Text.BROADCAST_DONE,
                        tally.broadcastId(),
                        tally.sent(),
                        tally.blocked(),
                        tally.failed(),
                        tally.total());
        return quietly(
                client.send(admin.id(), Replies.message(admin.id(), text)).replaceWithVoid(), tally);
    }

    private Html progressText(BotUser admin, BroadcastProgress progress) {
        Messages m = texts.forUser(admin);
        return m.html(Text.BROADCAST_PROGRESS, progress.broadcastId(), progress.done(), progress.total());
    }

    /** A missed edit is made good by the next one; "message is not modified" is no failure at all. */
    private static CompletionStage<Void> quietly(Uni<Void> call, BroadcastProgress progress) {
        return call.onFailure()
                .recoverWithItem(failure -> {
                    boolean unchanged = failure instanceof BotApiException.BadRequest bad
                            && bad.description().toLowerCase(Locale.ROOT).contains("message is not modified");
                    if (!unchanged) {
                        LOG.warnf(
                                "Broadcast progress not shown: broadcast=%d error=\"%s\"",
                                progress.broadcastId(), failure.getMessage());
                    }
                    return null;
                })
                .subscribeAsCompletionStage();
    }
}
