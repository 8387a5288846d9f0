package io.vipgate.bench;

import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The updates a fake Bot API holds for a long-polling application, kept as Telegram keeps them: {@code getUpdates}
 * answers from the lowest update not yet confirmed, and a poll with {@code offset} N confirms (forgets) every update
 * below N. An application that dies before its next poll therefore gets the same updates again after its restart.
 */
final class UpdateQueue {

    private final ConcurrentSkipListMap<Integer, String> pending = new ConcurrentSkipListMap<>();
    private final Map<Integer, Integer> served = new ConcurrentHashMap<>();

    void add(Updates.Update update) {
        pending.put(update.id(), update.body().toString());
    }

    /** One {@code getUpdates}: confirms everything below {@code offset} (when positive), then up to {@code limit}. */
    String poll(int offset, int limit) {
        if (offset > 0) {
            pending.headMap(offset).clear();
        }
        StringJoiner batch = new StringJoiner(",", "[", "]");
        pending.entrySet().stream().limit(Math.max(1, limit)).forEach(update -> {
            served.merge(update.getKey(), 1, Integer::sum);
            batch.add(update.getValue());
        });
        return batch.toString();
    }

    /** Updates not confirmed yet. */
    int pending() {
        return pending.size();
    }

    /** Updates served more than once: polled again because their offset was never confirmed. */
    long servedAgain() {
        return served.values().stream().filter(n -> n > 1).count();
    }
}
