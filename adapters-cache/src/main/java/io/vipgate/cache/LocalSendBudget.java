package io.vipgate.cache;

import io.vipgate.application.messaging.port.out.SendBudget;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Telegram's send limits in this process only: the budget without Redis, and while Redis fails. */
public final class LocalSendBudget implements SendBudget {

    // The same slots as RedisSendBudgetAdapter: one message per slot of ceil(1000 / global rate) ms, and a
    // chat's messages at least ceil(1000 / per-chat rate) ms apart.

    // Chats whose next slot has passed are dropped beyond this many, so memory stays bounded.
    private static final int PRUNE_ABOVE = 10_000;

    private final long slot;
    private final long chatGap;
    private final Clock clock;
    private final NavigableSet<Long> taken = new TreeSet<>();
    private final Map<Long, Long> chatNext = new HashMap<>();
    private long firstMaybeFree;

    public LocalSendBudget(int globalPerSecond, int perChatPerSecond, Clock clock) {
        this.slot = intervalMillis(globalPerSecond);
        this.chatGap = intervalMillis(perChatPerSecond);
        this.clock = clock;
    }

    /** Milliseconds between two messages at {@code perSecond}, rounded up so the rate is never exceeded. */
    static long intervalMillis(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("a send rate must be at least 1 a second, not " + perSecond);
        }
        return Math.ceilDiv(1000L, perSecond);
    }

    @Override
    public synchronized CompletionStage<Duration> reserve(long chatId) {
        long now = clock.millis();
        taken.headSet(Math.ceilDiv(now, slot)).clear();
        long earliest = Math.max(now, chatNext.getOrDefault(chatId, 0L));
        long base = Math.max(Math.ceilDiv(now, slot), firstMaybeFree);
        long n = Math.max(Math.ceilDiv(earliest, slot), base);
        long start = n;
        while (!taken.add(n)) {
            n++;
        }
        if (start == base) {
            firstMaybeFree = n + 1;
        }
        chatNext.put(chatId, n * slot + chatGap);
        if (chatNext.size() > PRUNE_ABOVE) {
            chatNext.values().removeIf(next -> next <= now);
        }
        return CompletableFuture.completedFuture(Duration.ofMillis(n * slot - now));
    }
}
