package io.vipgate.telegram.fake;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Answers {@link FakeBotApi#hold} keeps back, a slow Telegram: they go out once released. */
public final class FakeHold implements AutoCloseable {

    private final CompletableFuture<Void> released = new CompletableFuture<>();
    private final CountDownLatch arrived = new CountDownLatch(1);

    /** Waits up to {@code limit} for a call to be held; false when none came. */
    public boolean awaitHeldCall(Duration limit) throws InterruptedException {
        return arrived.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void release() {
        released.complete(null);
    }

    /** Releasing is the only way to end a hold, so that no test leaves a request hanging. */
    @Override
    public void close() {
        release();
    }

    void then(Runnable answer) {
        arrived.countDown();
        released.thenRun(answer);
    }
}
