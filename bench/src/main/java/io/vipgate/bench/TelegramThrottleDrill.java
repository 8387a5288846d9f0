package io.vipgate.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Telegram answering 429 while the application has sends to make: 300 subscriptions fall due at once, and once the
 * expiry job has done a few dozen (ban, unban, message each) the fake Bot API answers every send with 429 and
 * {@code retry_after} 10 for 10 s. Sends must be delayed, not lost: every row expired once, every user banned and told
 * once, nothing sent between a 429 and the end of its {@code retry_after} (bar calls already under way), no retry
 * sooner than it was told, and messages never faster than the limits the application claims for itself.
 */
final class TelegramThrottleDrill {

    static final DueBatch DUE = new DueBatch(950_000_001L, 300);
    private static final int THROTTLE_SECONDS = 10;
    private static final long START_AFTER_EXPIRED = 60;
    // The limits the application paces messages by (RedisSendBudgetAdapter, LocalSendBudget, SendLimiter): 30 a
    // second overall, one slot of ceil(1000/30) = 34 ms per message, and a chat's next message at least 1 s later.
    private static final int MESSAGES_PER_SECOND = 30;
    private static final double PER_CHAT_MILLIS = 1000;
    // A call the application had already sent when the first 429 was answered may still arrive just after it.
    private static final double IN_FLIGHT_MILLIS = 250;
    private static final int IN_FLIGHT_ALLOWED = 5;

    private final Harness h;
    private final Map<String, Object> evidence;

    TelegramThrottleDrill(Harness h, Map<String, Object> evidence) {
        this.h = h;
        this.evidence = evidence;
    }

    boolean run() throws Exception {
        CallLog log = new CallLog();
        h.telegram.record(log);
        double throttledAt;
        long expiredAtThrottle;
        long expiredAtThrottleEnd;
        try (App app = h.startApp(h.launch("drill-429"))) {
            DUE.seed(h.db);
            DUE.awaitExpired(h.db, START_AFTER_EXPIRED, Duration.ofSeconds(60));
            throttledAt = log.now();
            h.telegram.throttleFor(THROTTLE_SECONDS);
            expiredAtThrottle = DUE.expired(h.db);
            System.out.printf("  t=%.1fs: 429 with retry_after=%d for %d s, %d of %d expired so far%n",
                    throttledAt / 1000, THROTTLE_SECONDS, THROTTLE_SECONDS, expiredAtThrottle, DUE.size());
            Thread.sleep(THROTTLE_SECONDS * 1000L);
            expiredAtThrottleEnd = DUE.expired(h.db);
            long done = DUE.awaitExpired(h.db, DUE.size(), Duration.ofSeconds(90));
            System.out.printf("  t=%.1fs: %d of %d expired%n", log.now() / 1000, done, DUE.size());
            // Anything still on its way (a duplicate would be) gets a moment to arrive before the counts are taken.
            Thread.sleep(2_000);
        }
        List<CallLog.Call> calls = log.calls();
        evidence.put("due", DUE.size());
        evidence.put("throttleStartedAtMillis", round(throttledAt));
        evidence.put("expiredWhenThrottleStarted", expiredAtThrottle);
        evidence.put("expiredWhenThrottleEnded", expiredAtThrottleEnd);
        evidence.put("answered429", calls.stream().filter(c -> c.status() == 429).count());
        evidence.put("telegramCalls", h.telegram.calls());

        boolean ok = Drills.check(evidence, "the 429s came while sends were waiting", calls.stream()
                        .anyMatch(c -> c.status() == 429) && expiredAtThrottle < DUE.size(),
                evidence.get("answered429") + " answered 429; " + expiredAtThrottle + " of " + DUE.size()
                        + " done when it began, " + expiredAtThrottleEnd + " when it ended");
        ok &= DUE.checkExpiredOnce(h.db, evidence);
        for (String method : List.of("banchatmember", "unbanchatmember", "sendmessage")) {
            CallCounts.Spread spread = CallCounts.perUser(log, method, DUE);
            ok &= Drills.check(evidence, "each user exactly one " + method + " accepted",
                    spread.one() == DUE.size(), spread);
        }
        ok &= quietAfterFirst429(calls);
        ok &= retriesWaited(calls);
        List<CallLog.Call> messages = CallCounts.of(calls, "sendmessage");
        int busiest = CallCounts.busiestWindow(messages, 1000);
        ok &= Drills.check(evidence, "sendMessage never above " + MESSAGES_PER_SECOND + " in any 1 s window",
                busiest <= MESSAGES_PER_SECOND, "busiest 1 s window: " + busiest + " (429s included)");
        double closest = CallCounts.closestToOneUser(messages);
        ok &= Drills.check(evidence, "sendMessage to one chat never closer than 1 s", closest >= PER_CHAT_MILLIS,
                Double.isInfinite(closest) ? "no chat was sent two" : "closest two to one chat: " + round(closest) + " ms");
        evidence.put("verdict", ok ? "sends delayed by the 429s, none lost, none doubled, none faster than the limits"
                : "see the failed checks above");
        return ok;
    }

    /** From the first 429 until its retry_after ran out, nothing new may arrive: only calls already under way. */
    private boolean quietAfterFirst429(List<CallLog.Call> calls) {
        Optional<CallLog.Call> first = calls.stream().filter(c -> c.status() == 429).findFirst();
        if (first.isEmpty()) {
            return Drills.check(evidence, "silent until retry_after elapsed", false, "no 429 was answered");
        }
        double from = first.get().atMillis();
        double until = from + first.get().retryAfterSeconds() * 1000.0;
        List<CallLog.Call> inside = calls.stream().filter(c -> c.atMillis() > from && c.atMillis() < until).toList();
        long inFlight = inside.stream().filter(c -> c.atMillis() - from <= IN_FLIGHT_MILLIS).count();
        long later = inside.size() - inFlight;
        double resumed = calls.stream().filter(c -> c.atMillis() >= until).mapToDouble(CallLog.Call::atMillis)
                .findFirst().orElse(Double.NaN);
        evidence.put("first429", Map.of("atMillis", round(from), "method", first.get().method(),
                "retryAfterSeconds", first.get().retryAfterSeconds(), "nextCallAfterMillis", round(resumed - from)));
        return Drills.check(evidence, "silent until retry_after elapsed", later == 0 && inFlight <= IN_FLIGHT_ALLOWED,
                String.format(Locale.ROOT, "first 429 (%s) at t=%.1fs, retry_after %d s: %d calls within %.0f ms "
                        + "(in flight), %d later in the window; next call %.0f ms after it", first.get().method(),
                        from / 1000, first.get().retryAfterSeconds(), inFlight, IN_FLIGHT_MILLIS, later, resumed - from));
    }

    /** Every call answered 429 is made again (same method, same user), and not before its retry_after. */
    private boolean retriesWaited(List<CallLog.Call> calls) {
        long throttled = 0;
        long early = 0;
        long never = 0;
        double shortest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < calls.size(); i++) {
            CallLog.Call refused = calls.get(i);
            if (refused.status() != 429) {
                continue;
            }
            throttled++;
            Optional<CallLog.Call> retry = calls.subList(i + 1, calls.size()).stream()
                    .filter(c -> c.method().equals(refused.method()) && c.subject() == refused.subject()).findFirst();
            if (retry.isEmpty()) {
                never++;
                continue;
            }
            double waited = retry.get().atMillis() - refused.atMillis();
            shortest = Math.min(shortest, waited);
            // Both times are the fake's own clock; 1 ms covers rounding the application's timer to whole ms.
            if (waited < refused.retryAfterSeconds() * 1000.0 - 1) {
                early++;
            }
        }
        return Drills.check(evidence, "every 429 retried, none before its retry_after", early == 0 && never == 0,
                throttled + " answered 429: " + early + " retried early, " + never + " never retried; shortest wait "
                        + round(shortest) + " ms");
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }
}
