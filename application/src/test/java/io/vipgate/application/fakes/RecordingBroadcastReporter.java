package io.vipgate.application.fakes;

import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.broadcast.port.out.BroadcastReporter;
import io.vipgate.domain.user.BotUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Records the progress message, its edits and the tally; can refuse to post, as Telegram sometimes does. */
public final class RecordingBroadcastReporter implements BroadcastReporter {

    /** One edit of the progress message. */
    public record Edit(long messageId, BroadcastProgress progress) {}

    private final List<BroadcastProgress> opened = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<BroadcastProgress> finished = new ArrayList<>();
    private boolean refuse;
    private long nextMessageId = 500;

    @Override
    public synchronized CompletionStage<Optional<Long>> open(BotUser admin, BroadcastProgress progress) {
        opened.add(progress);
        return CompletableFuture.completedFuture(refuse ? Optional.empty() : Optional.of(nextMessageId++));
    }

    @Override
    public synchronized CompletionStage<Void> progress(BotUser admin, long messageId, BroadcastProgress progress) {
        edits.add(new Edit(messageId, progress));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> finished(BotUser admin, BroadcastProgress tally) {
        finished.add(tally);
        return CompletableFuture.completedFuture(null);
    }

    /** Posting the progress message fails from now on. */
    public synchronized void refusePosting() {
        refuse = true;
    }

    public synchronized List<BroadcastProgress> opened() {
        return List.copyOf(opened);
    }

    public synchronized List<Edit> edits() {
        return List.copyOf(edits);
    }

    public synchronized List<BroadcastProgress> finished() {
        return List.copyOf(finished);
    }
}
