package io.vipgate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compares two results files step by step: {@code bench/compare OLD.json NEW.json} prints, for every step both runs
 * have, the achieved rate, p50 and p99 of each and the change in percent.
 */
public final class Compare {

    private Compare() {
    }

    public static void main(String... args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: bench/compare OLD.json NEW.json");
            System.exit(64);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(new File(args[0]));
        JsonNode after = json.readTree(new File(args[1]));
        System.out.printf("old: %s (load %s)%nnew: %s (load %s)%n", before.path("run").asText(),
                before.path("machine").path("loadAverageAtStart").asText(), after.path("run").asText(),
                after.path("machine").path("loadAverageAtStart").asText());
        Map<String, JsonNode> old = new LinkedHashMap<>();
        before.path("steps").forEach(step -> old.put(key(step), step));
        System.out.printf("%-40s %21s %21s %21s %9s%n", "step", "rate/s old->new", "p50 ms old->new",
                "p99 ms old->new", "errors");
        for (JsonNode step : after.path("steps")) {
            JsonNode was = old.get(key(step));
            if (was == null) {
                continue;
            }
            System.out.printf("%-40s %21s %21s %21s %4d->%-4d%n", key(step),
                    change(was, step, "achievedRate"), change(was, step, "p50Ms"), change(was, step, "p99Ms"),
                    errors(was), errors(step));
        }
    }

    private static String key(JsonNode step) {
        return step.path("scenario").asText() + " / " + step.path("step").asText();
    }

    private static long errors(JsonNode step) {
        return step.path("sent").asLong() - step.path("ok").asLong();
    }

    private static String change(JsonNode before, JsonNode after, String field) {
        double a = before.path(field).asDouble();
        double b = after.path(field).asDouble();
        String percent = a == 0 ? "" : String.format("(%+.0f%%)", (b - a) / a * 100);
        return String.format("%.1f->%.1f %s", a, b, percent);
    }
}
