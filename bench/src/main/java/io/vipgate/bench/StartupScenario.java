package io.vipgate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 6: process start until {@code /q/health/ready} answers UP, and the resident memory once idle, for the
 * fast-jar, for the fast-jar with a JDK AOT cache (JEP 483/514, JDK 24+) trained by one run of the bench's own
 * traffic, or, when {@code --native} names one, for the native executable alone. Five runs each; the medians count.
 */
final class StartupScenario {

    private static final int RUNS = 5;
    private static final Duration IDLE = Duration.ofSeconds(5);

    private final Harness h;

    StartupScenario(Harness h) {
        this.h = h;
    }

    void run(App.Launch base, App.Launch nativeLaunch) throws Exception {
        Map<String, Object> outcome = new LinkedHashMap<>();
        if (nativeLaunch.isNative()) {
            // A --native run is about the binary; the fast-jar's figures come from a run without it.
            Map<String, Object> binary = measure("native", nativeLaunch);
            binary.put("executable", nativeLaunch.java().toString());
            binary.put("options", nativeLaunch.jvmOptions());
            outcome.put("native", binary);
        } else {
            outcome.put("jar", measure("jar", base));
            Path cache = h.results().resolve(h.stamp + "-app.aot");
            if (javaMajor() >= 25) {
                Map<String, Object> training = train(base, cache);
                outcome.put("aotTraining", training);
                if (Files.exists(cache)) {
                    outcome.put("jarWithAotCache", measure("aot", base.withJvmOptions(List.of("-XX:AOTCache=" + cache))));
                    Files.deleteIfExists(cache);
                }
            } else {
                outcome.put("jarWithAotCache", "skipped: the application's JDK is older than 25");
            }
            outcome.put("native", "not measured: no --native=<executable> given");
        }
        h.scenarios.put("startup", outcome);
        System.out.println("  start-up: " + outcome);
    }

    private Map<String, Object> measure(String name, App.Launch launch) throws Exception {
        List<Long> readyMs = new ArrayList<>();
        List<Double> rssMb = new ArrayList<>();
        List<Double> fileMb = new ArrayList<>();
        for (int i = 1; i <= RUNS; i++) {
            App app = App.start(launch.withLog(h.results().resolve(h.stamp + "-startup-" + name + "-" + i + ".log")));
            try {
                readyMs.add(app.awaitReady(Duration.ofSeconds(90)).toMillis());
                Thread.sleep(IDLE.toMillis());
                rssMb.add(ProcSampler.round1(ProcSampler.rssKb(app.pid()) / 1024.0));
                fileMb.add(ProcSampler.round1(ProcSampler.statusKb(app.pid(), "RssFile:") / 1024.0));
            } finally {
                app.close();
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("readyMs", readyMs);
        result.put("readyMsMedian", readyMs.stream().sorted().toList().get(RUNS / 2));
        result.put("idleRssMb", rssMb);
        result.put("idleRssMbMedian", rssMb.stream().sorted().toList().get(RUNS / 2));
        // Of the resident set, the pages of mapped files: for a native executable, mostly its own code and image heap.
        result.put("idleRssFileMb", fileMb);
        return result;
    }

    /** One run with {@code -XX:AOTCacheOutput}: start, serve some traffic, stop; the JVM writes the cache at exit. */
    private Map<String, Object> train(App.Launch base, Path cache) throws Exception {
        Map<String, Object> training = new LinkedHashMap<>();
        long started = System.nanoTime();
        App app = App.start(base.withJvmOptions(List.of("-XX:AOTCacheOutput=" + cache))
                .withLog(h.results().resolve(h.stamp + "-startup-aot-training.log")));
        try (Webhook webhook = h.webhook(app, 20)) {
            app.awaitReady(Duration.ofSeconds(90));
            Load load = new Load(h.vertx, webhook);
            load.openLoop(500, Duration.ofSeconds(4), () -> h.updates.command(Updates.FIRST_USER + 1, "/status"));
        } finally {
            app.close();
        }
        training.put("seconds", ProcSampler.round1((System.nanoTime() - started) / 1e9));
        training.put("cacheMb", Files.exists(cache) ? ProcSampler.round1(Files.size(cache) / 1048576.0) : 0);
        return training;
    }

    private int javaMajor() throws Exception {
        Process version = new ProcessBuilder(h.settings.java().toString(), "-version").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes());
        version.waitFor();
        java.util.regex.Matcher major = java.util.regex.Pattern.compile("version \"(\\d+)").matcher(text);
        return major.find() ? Integer.parseInt(major.group(1)) : 0;
    }
}
