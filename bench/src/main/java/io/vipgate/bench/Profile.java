package io.vipgate.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording's execution samples and tells where the CPU went: the hottest top frames (self time),
 * and the hottest frames anywhere on the stack (total time) among the application's own code and a few
 * libraries worth naming. Written into the results so that a run explains its saturation point.
 */
public final class Profile {

    private Profile() {
    }

    public static Map<String, Object> summary(Path recording, int top) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                String thread = event.getThread("sampledThread") == null ? "?"
                        : event.getThread("sampledThread").getJavaName().replaceAll("-?\\d+$", "");
                threads.merge(thread, 1, Integer::sum);
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                frames.stream().map(Profile::name).distinct().forEach(frame -> total.merge(frame, 1, Integer::sum));
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("samples", samples);
        summary.put("threads", topOf(threads, top, samples));
        summary.put("selfTop", topOf(self, top, samples));
        Map<String, Integer> interesting = new HashMap<>();
        total.forEach((frame, count) -> {
            if (frame.startsWith("io.vipgate") || frame.startsWith("org.hibernate") || frame.startsWith("io.vertx.pgclient")
                    || frame.startsWith("com.fasterxml") || frame.startsWith("io.smallrye.faulttolerance")
                    || frame.startsWith("io.quarkus.redis") || frame.startsWith("io.micrometer")
                    || frame.startsWith("org.jboss.resteasy") || frame.startsWith("io.netty.handler.codec.http")) {
                interesting.put(frame, count);
            }
        });
        summary.put("totalTop", topOf(interesting, top, samples));
        return summary;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static Map<String, String> topOf(Map<String, Integer> counts, int top, int samples) {
        Map<String, String> ranked = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(e -> ranked.put(e.getKey(), String.format("%.1f%%", 100.0 * e.getValue() / Math.max(1, samples))));
        return ranked;
    }
}
