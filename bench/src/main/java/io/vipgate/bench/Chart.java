package io.vipgate.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Latency versus offered rate as a self-contained SVG: one line per scenario and percentile (p50, p99, p99.9) through
 * the open-loop steps, a vertical mark at each scenario's saturation throughput (closed loop, 50 connections), a
 * logarithmic latency axis, and the 10 ms p99 target drawn across.
 */
public final class Chart {

    private static final int WIDTH = 820;
    private static final int HEIGHT = 480;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

    private Chart() {
    }

    /** Draws the chart again from a results file: {@code java -cp bench/target/vipgate-bench.jar io.vipgate.bench.Chart R.json}. */
    public static void main(String... args) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        java.io.File file = new java.io.File(args[0]);
        com.fasterxml.jackson.databind.JsonNode results = json.readTree(file);
        List<StepResult> steps = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode step : results.path("steps")) {
            StepResult parsed = json.treeToValue(step, StepResult.class);
            if (parsed.scenario().startsWith("status")) {
                steps.add(parsed);
            }
        }
        String svg = svg("vipgate /status: latency vs rate (run " + results.path("run").asText()
                + (results.path("quick").asBoolean() ? ", QUICK" : "") + ")", steps);
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0].replaceAll("\\.json$", ".svg")), svg);
    }

    public static String svg(String title, List<StepResult> steps) {
        Map<String, List<StepResult>> byScenario = new LinkedHashMap<>();
        steps.forEach(step -> byScenario.computeIfAbsent(step.scenario(), s -> new ArrayList<>()).add(step));
        double maxRate = steps.stream().mapToDouble(step -> Math.max(step.targetRate(), step.achievedRate()))
                .max().orElse(1) * 1.1;
        double minMs = 0.1;
        double maxMs = Math.max(20, steps.stream().mapToDouble(StepResult::p999Ms).max().orElse(10) * 1.5);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif' font-size='12'>%n<rect width='100%%' height='100%%' fill='white'/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='22' font-size='15'>%s</text>%n", LEFT, escape(title)));
        axes(svg, maxRate, minMs, maxMs);
        double target = y(10, minMs, maxMs);
        svg.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#999' "
                + "stroke-dasharray='6,4'/><text x='%d' y='%.1f' fill='#666'>p99 target 10 ms</text>%n",
                LEFT, WIDTH - RIGHT, target, target, LEFT + 5, target - 4));
        int colour = 0;
        int legend = TOP + 10;
        for (Map.Entry<String, List<StepResult>> scenario : byScenario.entrySet()) {
            String stroke = COLOURS[colour++ % COLOURS.length];
            List<StepResult> points = scenario.getValue().stream().filter(step -> step.mode().equals("open-loop"))
                    .sorted((a, b) -> Double.compare(a.targetRate(), b.targetRate())).toList();
            for (StepResult saturation : scenario.getValue().stream().filter(s -> s.mode().equals("closed-loop")).toList()) {
                double x = x(saturation.achievedRate(), maxRate);
                svg.append(String.format(Locale.ROOT, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='%s' "
                        + "stroke-dasharray='1,4'/><text x='%.1f' y='%d' fill='%s' transform='rotate(-90 %.1f %d)'>"
                        + "%s saturation %d/s (p99 %.0f ms)</text>%n", x, x, TOP, HEIGHT - BOTTOM, stroke, x - 4,
                        HEIGHT - BOTTOM - 4, stroke, x - 4, HEIGHT - BOTTOM - 4, escape(saturation.scenario()),
                        (long) saturation.achievedRate(), saturation.p99Ms()));
            }
            String[] names = {"p50", "p99", "p99.9"};
            String[] dashes = {"2,3", "", "8,3"};
            for (int p = 0; p < names.length; p++) {
                StringBuilder path = new StringBuilder();
                for (StepResult step : points) {
                    double ms = p == 0 ? step.p50Ms() : p == 1 ? step.p99Ms() : step.p999Ms();
                    path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f,%.1f",
                            x(step.targetRate(), maxRate), y(ms, minMs, maxMs)));
                    svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='2.5' fill='%s'/>%n",
                            x(step.targetRate(), maxRate), y(ms, minMs, maxMs), stroke));
                }
                svg.append(String.format(Locale.ROOT, "<path d='%s' fill='none' stroke='%s' stroke-width='%s' "
                        + "stroke-dasharray='%s'/>%n", path, stroke, p == 1 ? "2" : "1.2", dashes[p]));
                svg.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='%s' "
                        + "stroke-width='%s' stroke-dasharray='%s'/><text x='%d' y='%d'>%s %s</text>%n",
                        WIDTH - RIGHT + 15, WIDTH - RIGHT + 45, legend, legend, stroke, p == 1 ? "2" : "1.2",
                        dashes[p], WIDTH - RIGHT + 50, legend + 4, escape(scenario.getKey()), names[p]));
                legend += 18;
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static void axes(StringBuilder svg, double maxRate, double minMs, double maxMs) {
        int bottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='black'/>%n"
                + "<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='black'/>%n",
                LEFT, WIDTH - RIGHT, bottom, bottom, LEFT, LEFT, TOP, bottom));
        double step = niceStep(maxRate / 6);
        for (double rate = 0; rate <= maxRate; rate += step) {
            double x = x(rate, maxRate);
            svg.append(String.format(Locale.ROOT, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#eee'/>"
                    + "<text x='%.1f' y='%d' text-anchor='middle'>%d</text>%n", x, x, TOP, bottom, x, bottom + 16, (long) rate));
        }
        for (double ms = minMs; ms <= maxMs * 1.0001; ms *= 10) {
            for (int k : new int[] {1, 2, 5}) {
                double value = ms * k;
                if (value > maxMs) {
                    break;
                }
                double y = y(value, minMs, maxMs);
                svg.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#eee'/>"
                        + "<text x='%d' y='%.1f' text-anchor='end'>%s</text>%n", LEFT, WIDTH - RIGHT, y, y, LEFT - 6,
                        y + 4, value < 1 ? String.format(Locale.ROOT, "%.1f", value) : String.valueOf((long) value)));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>offered rate, updates/s (open loop); dotted verticals: saturation throughput</text>%n"
                + "<text x='16' y='%d' transform='rotate(-90 16 %d)' text-anchor='middle'>latency, ms (log)</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, (TOP + bottom) / 2, (TOP + bottom) / 2));
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (int k : new int[] {1, 2, 5, 10}) {
            if (magnitude * k >= raw) {
                return magnitude * k;
            }
        }
        return magnitude * 10;
    }

    private static double x(double rate, double maxRate) {
        return LEFT + rate / maxRate * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double ms, double minMs, double maxMs) {
        double clamped = Math.max(minMs, Math.min(maxMs, ms));
        double span = Math.log10(maxMs) - Math.log10(minMs);
        return HEIGHT - BOTTOM - (Math.log10(clamped) - Math.log10(minMs)) / span * (HEIGHT - TOP - BOTTOM);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }
}
