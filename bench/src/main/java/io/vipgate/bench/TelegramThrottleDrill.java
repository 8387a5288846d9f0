package io.vipgate.bench;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Telegram answering 429 while the application has sends to make, from two jobs at once: 300 subscriptions fall due
 * (the expiry job: ban, unban, message each) and 150 free-channel join requests are past their wait (the approval
 * job: approve, message each); and while the 429s last, 100 users send {@code /status} with replies going out as
 * {@code sendMessage} of their own ({@code VIPGATE_TELEGRAM_WEBHOOK_REPLY_IN_BODY=false}), many sends in flight at
 * once. Once the expiry job has done a few dozen, the fake Bot API answers every call with 429 and
 * {@code retry_after} 10 for 10 s. Calls must be delayed, not lost: every row expired or approved once, every user
 * banned or approved and told once, nothing sent by either job between a 429 and the end of its {@code retry_after}
 * (bar calls already under way), no retry sooner than it was told, and messages never faster than the limits the
 * application claims for itself.
 */
final class TelegramThrottleDrill {

    static final DueBatch DUE = new DueBatch(950_000_001L, 300);
    /** Users with a free-channel join request past its wait (the range only: they have no subscription). */
    static final DueBatch FREE = new DueBatch(950_100_001L, 150);
    /** Users who write /status while Telegram answers 429 (the range only). */
    static final DueBatch WRITERS = new DueBatch(950_200_001L, 100);
    private static final int THROTTLE_SECONDS = 10;
    private static final long START_AFTER_EXPIRED = 60;
    // Telegram's limits: 30 messages a second overall, and a chat's next message at least 1 s later. The application
    // paces under them (RedisSendBudgetAdapter, LocalSendBudget, SendLimiter: 28 a second, a 36 ms slot each).
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
        long approvedAtThrottle;
        long expiredAtThrottle;
        long expiredAtThrottleEnd;
        App.Launch launch = h.launch("drill-429").withEnv(Map.of("VIPGATE_TELEGRAM_WEBHOOK_REPLY_IN_BODY", "false"));
        try (App app = h.startApp(launch); Webhook webhook = h.webhook(app, 20)) {
            DUE.seed(h.db);
            seedFreeRequests();
            DUE.awaitExpired(h.db, START_AFTER_EXPIRED, Duration.ofSeconds(60));
            throttledAt = log.now();
            h.telegram.throttleFor(THROTTLE_SECONDS);
            expiredAtThrottle = DUE.expired(h.db);
            approvedAtThrottle = approved();
            System.out.printf("  t=%.1fs: 429 with retry_after=%d for %d s, %d of %d expired so far%n",
                    throttledAt / 1000, THROTTLE_SECONDS, THROTTLE_SECONDS, expiredAtThrottle, DUE.size());
            statusDuringThrottle(webhook);
            expiredAtThrottleEnd = DUE.expired(h.db);
            long done = DUE.awaitExpired(h.db, DUE.size(), Duration.ofSeconds(90));
            long approved = awaitApproved(Duration.ofSeconds(60));
            awaitReplies(log, Duration.ofSeconds(30));
            System.out.printf("  t=%.1fs: %d of %d expired, %d of %d free requests approved%n", log.now() / 1000, done,
                    DUE.size(), approved, FREE.size());
            // Anything still on its way (a duplicate would be) gets a moment to arrive before the counts are taken.
            Thread.sleep(2_000);
        }
        List<CallLog.Call> calls = log.calls();
        evidence.put("due", DUE.size());
        evidence.put("throttleStartedAtMillis", round(throttledAt));
        evidence.put("expiredWhenThrottleStarted", expiredAtThrottle);
        evidence.put("expiredWhenThrottleEnded", expiredAtThrottleEnd);
        evidence.put("freeRequests", FREE.size());
        evidence.put("approvedWhenThrottleStarted", approvedAtThrottle);
        evidence.put("answered429", calls.stream().filter(c -> c.status() == 429).count());
        evidence.put("telegramCalls", h.telegram.calls());

        boolean ok = Drills.check(evidence, "the 429s came while both jobs had sends waiting", calls.stream()
                        .anyMatch(c -> c.status() == 429) && expiredAtThrottle < DUE.size()
                        && approvedAtThrottle < FREE.size(),
                evidence.get("answered429") + " answered 429; " + expiredAtThrottle + " of " + DUE.size()
                        + " expired when it began, " + expiredAtThrottleEnd + " when it ended; " + approvedAtThrottle
                        + " of " + FREE.size() + " free requests approved when it began");
        ok &= DUE.checkExpiredOnce(h.db, evidence);
        for (String method : List.of("banchatmember", "unbanchatmember", "sendmessage")) {
            CallCounts.Spread spread = CallCounts.perUser(log, method, DUE);
            ok &= Drills.check(evidence, "each expired user exactly one " + method + " accepted",
                    spread.one() == DUE.size(), spread);
        }
        long approved = approved();
        ok &= Drills.check(evidence, "every free request APPROVED", approved == FREE.size(),
                approved + " of " + FREE.size() + " approved");
        for (String method : List.of("approvechatjoinrequest", "sendmessage")) {
            CallCounts.Spread spread = CallCounts.perUser(log, method, FREE);
            ok &= Drills.check(evidence, "each approved user exactly one " + method + " accepted",
                    spread.one() == FREE.size(), spread);
        }
        CallCounts.Spread replies = CallCounts.perUser(log, "sendmessage", WRITERS);
        ok &= Drills.check(evidence, "each user who wrote during the 429s exactly one reply accepted",
                replies.one() == WRITERS.size(), replies);
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

    /** One /status from each writer, spread over the throttle; each answered 200 at once, its reply sent later. */
    private void statusDuringThrottle(Webhook webhook) throws Exception {
        long gapMillis = THROTTLE_SECONDS * 1000L / WRITERS.size();
        List<Future<Webhook.Answer>> answers = new ArrayList<>();
        for (long user = WRITERS.first(); user <= WRITERS.last(); user++) {
            answers.add(webhook.post(h.updates.command(user, "/status").body(), false));
            Thread.sleep(gapMillis);
        }
        long accepted = 0;
        for (Future<Webhook.Answer> answer : answers) {
            accepted += answer.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS)
                    .status() == 200 ? 1 : 0;
        }
        evidence.put("statusUpdatesAnswered200", accepted);
    }

    private static void awaitReplies(CallLog log, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (CallCounts.perUser(log, "sendmessage", WRITERS).one() < WRITERS.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private void seedFreeRequests() throws Exception {
        h.db.seedUsers(FREE.first(), FREE.size());
        h.db.update("INSERT INTO free_join_request (user_id, chat_id, user_chat_id, requested_at, status) "
                + "SELECT g, ?, g, now() - interval '1 hour', 'PENDING' FROM generate_series(?::bigint, ?::bigint) g",
                Harness.FREE_CHANNEL, FREE.first(), FREE.last());
        System.out.printf("  seeded %d free-channel join requests past their wait (users %d..%d)%n", FREE.size(),
                FREE.first(), FREE.last());
    }

    private long approved() throws Exception {
        return h.db.count("SELECT count(*) FROM free_join_request WHERE status = 'APPROVED' AND user_id BETWEEN ? AND ?",
                FREE.first(), FREE.last());
    }

    private long awaitApproved(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long done = approved();
        while (done < FREE.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            done = approved();
        }
        return done;
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
