package io.vipgate.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The application SIGKILLed while 250 updates are in the middle of their handling, then started again on the same
 * database with {@code UPDATE_HANDLING_TIMEOUT=5s}, so that the claims the dead process left are taken over soon.
 * Twice: through the webhook (claims in Redis), the fake Bot API holding every {@code createChatInviteLink} for 1 s,
 * the kill at the 120th of them, and what got no 2xx redelivered like Telegram; then through long polling (claims in
 * {@code processed_update}), the fake holding every {@code sendMessage} for 1.5 s, the kill at the 60th, and the
 * updates whose offset was never confirmed served again. Every update must be handled exactly once as the database
 * shows it, and every redeemer must have been sent a personal invite link (a second copy is allowed, none is not).
 */
final class SigkillUpdateDrill {

    private static final int REDEEMERS = 200;
    private static final String HANDLING_TIMEOUT = "5s";
    private static final Duration SETTLE = Duration.ofSeconds(180);

    private final Harness h;
    private final Map<String, Object> evidence;

    SigkillUpdateDrill(Harness h, Map<String, Object> evidence) {
        this.h = h;
        this.evidence = evidence;
    }

    boolean run() throws Exception {
        boolean ok = webhook();
        ok &= polling();
        evidence.put("verdict", ok ? "killed twice mid-handling (webhook, polling): every update handled exactly once, "
                + "every redeemer sent their link" : "see the failed checks above");
        return ok;
    }

    private boolean webhook() throws Exception {
        System.out.println("SIGKILL with updates in flight, webhook (claims in Redis)");
        Map<String, Object> part = part("webhook");
        CallLog log = new CallLog();
        h.telegram.record(log);
        UpdateMix mix = new UpdateMix(h.db, h.updates, 980_000_001L, REDEEMERS, 980_200_001L);
        App.Launch launch = h.launch("drill-update-webhook");
        Redelivery redelivery;
        Map<Long, Boolean> claims;
        try (Webhook webhook = new Webhook(h.vertx, h.settings.port(), Harness.SECRET, mix.updates.size(), 30_000)) {
            redelivery = new Redelivery(h.vertx, webhook, true);
            CompletableFuture<Void> sending;
            try (App first = h.startApp(launch)) {
                h.telegram.hold("createchatinvitelink", 1_000);
                CompletableFuture<Double> killed = killOn(log, "createchatinvitelink", 120, first);
                Iterator<Updates.Update> next = mix.updates.iterator();
                sending = CompletableFuture.runAsync(() -> deliver(redelivery, mix.updates.size(), next));
                double at = awaitKill(killed, first);
                atKill(part, at, mix, Claims.anywhere(h, true, mix.firstId(), mix.lastId()));
                part.put("answeredBeforeTheKill", redelivery.fates().values().stream().filter(f -> f.delivered).count());
            }
            h.telegram.hold("createchatinvitelink", 0);
            try (App second = h.startApp(restarted(launch, "drill-update-webhook-restarted"))) {
                sending.get(SETTLE.toSeconds() + 30, TimeUnit.SECONDS);
                Thread.sleep(2_000);
                claims = Claims.anywhere(h, true, mix.firstId(), mix.lastId());
                part.put("handledByTheRestartedApp", Drills.updatesCounted(second, "handled"));
            }
        }
        Map<String, Object> tally = redelivery.tally();
        part.put("updates", tally);
        Map<Long, List<String>> inAnswers = new LinkedHashMap<>();
        redelivery.fates().forEach((id, fate) -> inAnswers.computeIfAbsent(mix.senderOf.get(id), u -> new ArrayList<>())
                .addAll(fate.replyBodies));
        boolean ok = Drills.check(evidence, "[webhook] the kill was felt (updates claimed and not done, answers lost)",
                (long) part.get("claimedNotDoneAtKill") > 0 && redelivery.firstTryFailures() > 0,
                part.get("claimedNotDoneAtKill") + " claimed and not done at the kill, " + redelivery.firstTryFailures()
                        + " first tries without a 2xx, answers " + tally.get("answersByStatus"));
        ok &= Drills.check(evidence, "[webhook] every update got a 2xx in the end", (long) tally.get("notDelivered") == 0,
                tally.get("notDelivered") + " of " + tally.get("sent") + " never did");
        return ok & outcome("[webhook] ", part, mix, claims, UpdateMix.sentTo(inAnswers, log));
    }

    private boolean polling() throws Exception {
        System.out.println("SIGKILL with updates in flight, long polling (claims in processed_update)");
        Map<String, Object> part = part("polling");
        CallLog log = new CallLog();
        h.telegram.record(log);
        UpdateMix mix = new UpdateMix(h.db, h.updates, 980_400_001L, REDEEMERS, 980_600_001L);
        App.Launch launch = h.launch("drill-update-polling").withoutEnv("PUBLIC_URL").withoutEnv("WEBHOOK_SECRET")
                .withoutEnv("REDIS_URL");
        UpdateQueue queue = h.telegram.updates();
        Map<Long, Boolean> claims;
        try (App first = h.startApp(launch)) {
            h.telegram.hold("sendmessage", 1_500);
            CompletableFuture<Double> killed = killOn(log, "sendmessage", 60, first);
            mix.updates.forEach(queue::add);
            double at = awaitKill(killed, first);
            atKill(part, at, mix, Claims.inTable(h.db, mix.firstId(), mix.lastId()));
            part.put("notConfirmedAtKill", queue.pending());
        }
        h.telegram.hold("sendmessage", 0);
        try (App second = h.startApp(restarted(launch, "drill-update-polling-restarted"))) {
            long deadline = System.nanoTime() + SETTLE.toNanos();
            do {
                Thread.sleep(200);
                claims = Claims.inTable(h.db, mix.firstId(), mix.lastId());
            } while ((queue.pending() > 0 || claims.size() < mix.updates.size() || Claims.notDone(claims) > 0)
                    && System.nanoTime() < deadline);
            Thread.sleep(2_000);
            claims = Claims.inTable(h.db, mix.firstId(), mix.lastId());
            part.put("handledByTheRestartedApp", Drills.updatesCounted(second, "handled"));
        }
        part.put("servedAgain", queue.servedAgain());
        boolean ok = Drills.check(evidence, "[polling] the kill was felt (updates claimed and not done, offset held)",
                (long) part.get("claimedNotDoneAtKill") > 0 && (int) part.get("notConfirmedAtKill") > 0
                        && queue.servedAgain() > 0, part.get("claimedNotDoneAtKill") + " claimed and not done and "
                        + part.get("notConfirmedAtKill") + " not confirmed at the kill, " + queue.servedAgain()
                        + " served again after the restart");
        ok &= Drills.check(evidence, "[polling] every update confirmed in the end", queue.pending() == 0,
                queue.pending() + " of " + mix.updates.size() + " still not confirmed");
        return ok & outcome("[polling] ", part, mix, claims, UpdateMix.sentTo(Map.of(), log));
    }

    /** The checks both phases share: claims done, redemptions once, links and answers sent. */
    private boolean outcome(String prefix, Map<String, Object> part, UpdateMix mix, Map<Long, Boolean> claims,
                            java.util.function.Function<Long, List<String>> sentTo) throws Exception {
        int total = mix.updates.size();
        boolean ok = Drills.check(evidence, prefix + "every update id claimed and done",
                claims.size() == total && Claims.notDone(claims) == 0,
                claims.size() + " of " + total + " claimed, " + Claims.notDone(claims) + " not done");
        ok &= mix.redemptions.checkOnce(h.db, evidence, prefix);
        CallCounts.Spread links = mix.links(sentTo);
        part.put("redeemersByLinksSent", Map.of("none", links.none(), "one", links.one(), "more", links.more()));
        part.put("redeemersToldAlreadyYours", mix.toldAlreadyYours(sentTo));
        ok &= Drills.check(evidence, prefix + "every redeemer sent a personal invite link (a second copy allowed)",
                links.none() == 0, links + "; " + part.get("redeemersToldAlreadyYours") + " told \"already yours\"");
        long unanswered = mix.statusUnanswered(sentTo);
        ok &= Drills.check(evidence, prefix + "every /status answered", unanswered == 0,
                (mix.statusCount - unanswered) + " of " + mix.statusCount);
        part.put("telegramCalls", h.telegram.calls());
        return ok;
    }

    /** Waits for the kill, and for the process to be gone, so that what is read next is what the dead one left. */
    private static double awaitKill(CompletableFuture<Double> killed, App app) throws Exception {
        double at = killed.get(120, TimeUnit.SECONDS);
        app.kill();
        return at;
    }

    private void atKill(Map<String, Object> part, double at, UpdateMix mix, Map<Long, Boolean> claims)
            throws Exception {
        long redeemed = mix.redemptions.redeemed(h.db);
        part.put("killedAtMillis", Math.round(at));
        part.put("claimedAtKill", claims.size());
        part.put("claimedNotDoneAtKill", Claims.notDone(claims));
        part.put("redeemedAtKill", redeemed);
        System.out.printf("  t=%.1fs: SIGKILL; %d of %d updates claimed, %d of them not done; %d of %d redeemed%n",
                at / 1000, claims.size(), mix.updates.size(), Claims.notDone(claims), redeemed, REDEEMERS);
    }

    /** SIGKILLs {@code app} on the fake's event loop as the {@code n}-th {@code method} arrives, before its answer. */
    private static CompletableFuture<Double> killOn(CallLog log, String method, long n, App app) {
        CompletableFuture<Double> killed = new CompletableFuture<>();
        long pid = app.pid();
        log.onArrival(method, n, () -> {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            killed.complete(log.now());
        });
        return killed;
    }

    private App.Launch restarted(App.Launch launch, String log) {
        return launch.withEnv(Map.of("UPDATE_HANDLING_TIMEOUT", HANDLING_TIMEOUT))
                .withLog(h.results().resolve(h.stamp + "-" + log + ".log"));
    }

    /** All of them within a second, then redelivered like Telegram until each got a 2xx. */
    private static void deliver(Redelivery redelivery, int count, Iterator<Updates.Update> next) {
        try {
            redelivery.run(count, Duration.ofSeconds(1), SETTLE, next::next);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> part(String name) {
        Map<String, Object> part = new LinkedHashMap<>();
        evidence.put(name, part);
        part.put("redeemers", REDEEMERS);
        part.put("updateHandlingTimeoutAfterRestart", HANDLING_TIMEOUT);
        return part;
    }
}
