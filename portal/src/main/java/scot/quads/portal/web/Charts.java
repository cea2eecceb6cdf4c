package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.RawString;

/**
 * Small charts drawn on the server as inline SVG, so they need no script and print as they show. Each is an image
 * with a title and a description that says in words everything the picture shows; the page also gives the same
 * figures as a table. Every piece of text put into the SVG is escaped here.
 */
public final class Charts {

    private Charts() {
    }

    /** One bar of a bar chart: its label (a level as number and label), its value, and whether to mark it. */
    public record Bar(String label, int value, boolean marked) {
    }

    /** One point of a line chart: its label (a cycle) and its level, or null for a gap with a reason. */
    public record Point(String label, Integer level, String text) {
    }

    /**
     * Horizontal bars, one per level, each labelled with its count; the marked bar (the council's own level) is
     * drawn darker and says so in words.
     */
    public static RawString bars(String id, String title, List<Bar> bars, String markedWord) {
        int rowHeight = 24;
        int labelWidth = 130;
        int barWidth = 160;
        int width = labelWidth + barWidth + 120;
        int height = bars.size() * rowHeight + 8;
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        List<String> words = new ArrayList<>();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"quads-chart\" id=\"").append(escape(id)).append("\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(escape(id)).append("-title ")
                .append(escape(id)).append("-desc\">");
        int open = svg.length();
        int y = 4;
        for (Bar bar : bars) {
            int length = bar.value() == 0 ? 0 : Math.max(2, bar.value() * barWidth / max);
            String count = bar.value() + (bar.value() == 1 ? " council" : " councils");
            svg.append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(escape(bar.label()))
                    .append("</text>");
            svg.append("<rect class=\"quads-bar").append(bar.marked() ? " quads-bar--own" : "").append("\" x=\"")
                    .append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(length)
                    .append("\" height=\"").append(rowHeight - 8).append("\"/>");
            svg.append("<text x=\"").append(labelWidth + length + 6).append("\" y=\"").append(y + 16).append("\">")
                    .append(bar.value()).append(bar.marked() ? " (" + escape(markedWord) + ")" : "")
                    .append("</text>");
            words.add(bar.label() + ": " + count + (bar.marked() ? " (" + markedWord + ")" : ""));
            y += rowHeight;
        }
        svg.insert(open, "<title id=\"" + escape(id) + "-title\">" + escape(title) + "</title><desc id=\""
                + escape(id) + "-desc\">" + escape(String.join("; ", words)) + ".</desc>");
        svg.append("</svg>");
        return new RawString(svg.toString());
    }

    /**
     * Levels over time: one point per cycle on a scale of {@code top} levels, joined where consecutive points both
     * have a level; a point without one is left out and said in words.
     */
    public static RawString line(String id, String title, List<Point> points, int top) {
        int left = 40;
        int step = 110;
        int levelHeight = 20;
        int plotHeight = (top - 1) * levelHeight;
        int width = left + Math.max(1, points.size()) * step + 20;
        int height = plotHeight + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"quads-chart\" id=\"").append(escape(id)).append("\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(escape(id)).append("-title ")
                .append(escape(id)).append("-desc\">");
        int open = svg.length();
        int base = 10 + plotHeight;
        for (int level = 1; level <= top; level++) {
            int y = base - (level - 1) * levelHeight;
            svg.append("<line class=\"quads-grid\" x1=\"").append(left).append("\" x2=\"").append(width - 10)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>");
            svg.append("<text x=\"10\" y=\"").append(y + 5).append("\">").append(level).append("</text>");
        }
        List<String> words = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        int segments = 0;
        Integer previous = null;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int x = left + step / 2 + i * step;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(base + 30)
                    .append("\" text-anchor=\"middle\">").append(escape(point.label())).append("</text>");
            if (point.level() == null) {
                words.add(point.label() + ": " + point.text());
                previous = null;
                continue;
            }
            int y = base - (point.level() - 1) * levelHeight;
            if (previous != null) {
                segments++;
            }
            path.append(previous == null ? "M" : "L").append(x).append(' ').append(y).append(' ');
            previous = point.level();
            svg.append("<circle class=\"quads-point\" cx=\"").append(x).append("\" cy=\"").append(y)
                    .append("\" r=\"6\"/>");
            svg.append("<text x=\"").append(x + 10).append("\" y=\"").append(y - 8).append("\">")
                    .append(point.level()).append("</text>");
            words.add(point.label() + ": " + point.text());
        }
        if (segments > 0) {
            svg.append("<path class=\"quads-line\" d=\"").append(path.toString().trim()).append("\"/>");
        }
        svg.insert(open, "<title id=\"" + escape(id) + "-title\">" + escape(title) + "</title><desc id=\""
                + escape(id) + "-desc\">" + escape(words.isEmpty() ? "No cycles answered" : String.join("; ", words))
                + ".</desc>");
        svg.append("</svg>");
        return new RawString(svg.toString());
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String id(String prefix, String code) {
        return prefix + "-" + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
    }
}
