package io.vipgate.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vipgate.application.messaging.port.out.SendBudget;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** Telegram's send limits shared by every replica; a local budget takes over while Redis fails. */
public final class RedisSendBudgetAdapter implements SendBudget {

    // Time is cut into slots of ceil(1000 / global rate) ms holding one message each, so no second ever holds
    // more than the global rate, and even spacing never bursts; a chat's next message may not take a slot
    // earlier than ceil(1000 / per-chat rate) ms after its last, but other chats fill the slots between.

    // Redis' clock, not the replicas', decides, so replicas with skewed clocks still share one timeline.
    // KEYS[2] is the lowest slot that may still be free, so a backlog is not rescanned on every call.
    private static final String RESERVE = """
            local slot = tonumber(ARGV[1])
            local gap = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local earliest = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
            local base = math.max(math.ceil(now / slot), tonumber(redis.call('GET', KEYS[2]) or '0'))
            local n = math.max(math.ceil(earliest / slot), base)
            local start = n
            for i = 1, tonumber(ARGV[4]) do
              local at = n * slot
              if redis.call('SET', ARGV[3] .. n, '1', 'NX', 'PX', at - now + 1000) then
                if start == base then redis.call('SET', KEYS[2], n + 1, 'PX', at - now + 60000) end
                redis.call('SET', KEYS[1], at + gap, 'PX', at - now + gap)
                return at - now
              end
              n = n + 1
            end
            return -1""";
    // A backlog longer than this many slots (about a minute at 30/s) is refused rather than scanned further.
    private static final String MAX_SCAN = "2000";

    private final RedisGuard redis;
    private final CacheKeys keys;
    private final String slotMillis;
    private final String chatGapMillis;
    private final SendBudget fallback;
    private final Failover failover;

    public RedisSendBudgetAdapter(RedisGuard redis, CacheConfig config, CacheStats stats, SendBudget fallback) {
        this.redis = redis;
        this.keys = new CacheKeys(config.version());
        this.slotMillis = Long.toString(LocalSendBudget.intervalMillis(config.sendRateGlobal()));
        this.chatGapMillis = Long.toString(LocalSendBudget.intervalMillis(config.sendRatePerChat()));
        this.fallback = fallback;
        this.failover = new Failover("send-budget", "limiting sends per replica", stats);
    }

    @Override
    public CompletionStage<Duration> reserve(long chatId) {
        return failover.orElse(
                        redis.execute(
                                        Command.EVAL,
                                        RESERVE,
                                        "2",
                                        keys.sendChat(chatId),
                                        keys.sendNextSlot(),
                                        slotMillis,
                                        chatGapMillis,
                                        keys.sendSlotPrefix(),
                                        MAX_SCAN)
                                .map(reply -> {
                                    long delay = reply.toLong();
                                    if (delay < 0) {
                                        throw new IllegalStateException(
                                                "send backlog longer than " + MAX_SCAN + " slots");
                                    }
                                    return Duration.ofMillis(delay);
                                }),
                        () -> Uni.createFrom().completionStage(() -> fallback.reserve(chatId)))
                .subscribeAsCompletionStage();
    }
}
