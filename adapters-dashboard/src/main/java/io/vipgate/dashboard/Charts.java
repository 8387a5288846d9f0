package io.vipgate.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG, drawn on the server: no script, no library, nothing fetched. Colours come from the
 * page's CSS variables, so a chart follows Telegram's light or dark theme with the rest of the page.
 */
final class Charts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 160;
    private static final int PAD = 24;

    /** One bar per day. */
    record Point(LocalDate date, long value) {}

    private Charts() {}

    static String bars(String title, List<Point> points) {
        long max = Math.max(1, points.stream().mapToLong(Point::value).max().orElse(0));
        long total = points.stream().mapToLong(Point::value).sum();
        double slot = (WIDTH - 2.0 * PAD) / Math.max(1, points.size());
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">"
                        + "<title>%s: %d in %d days</title>",
                WIDTH,
                HEIGHT,
                escape(title),
                total,
                points.size()));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
                PAD,
                HEIGHT - PAD,
                WIDTH - PAD,
                HEIGHT - PAD));
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double height = (HEIGHT - 2.0 * PAD) * point.value() / max;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d</title></rect>",
                    PAD + i * slot,
                    HEIGHT - PAD - height,
                    Math.max(1, slot - 1),
                    height,
                    point.date(),
                    point.value()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">%d</text>", PAD, PAD - 8, max));
        if (!points.isEmpty()) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>"
                            + "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>",
                    PAD,
                    HEIGHT - 6,
                    points.getFirst().date(),
                    WIDTH - PAD,
                    HEIGHT - 6,
                    points.getLast().date()));
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
