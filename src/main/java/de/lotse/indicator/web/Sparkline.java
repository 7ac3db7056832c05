package de.lotse.indicator.web;

import de.lotse.indicator.IndicatorReadModel.ShownValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * A small server-rendered line chart of a time series for an inline SVG (no JavaScript). Periods are spaced evenly;
 * a missing or suppressed value breaks the line, so no line crosses a gap that could hint at a hidden value.
 *
 * @param width width of the view box
 * @param height height of the view box
 * @param segments the polylines, each as an SVG {@code points} attribute
 * @param lastX x of the last visible point, or {@code null}
 * @param lastY y of the last visible point
 * @param title the text alternative: first and last visible value and the trend
 */
record Sparkline(int width, int height, List<String> segments, String lastX, String lastY, String title) {

    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    private static final double PAD = 3;

    static Sparkline of(List<ShownValue> series, int decimals, Locale locale, MessageSource messages, String name) {
        String title = summary(series, decimals, locale, messages, name);
        List<BigDecimal> visible =
                series.stream().map(ShownValue::value).filter(v -> v != null).toList();
        if (visible.isEmpty()) {
            return new Sparkline(WIDTH, HEIGHT, List.of(), null, null, title);
        }
        double min = visible.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = visible.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double span = max - min;
        int n = series.size();
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String lastX = null;
        String lastY = null;
        for (int i = 0; i < n; i++) {
            BigDecimal v = series.get(i).value();
            if (v == null) {
                flush(segments, current);
                continue;
            }
            double x = n == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
            double y = span == 0 ? HEIGHT / 2.0 : HEIGHT - PAD - (v.doubleValue() - min) / span * (HEIGHT - 2 * PAD);
            lastX = coordinate(x);
            lastY = coordinate(y);
            current.append(current.isEmpty() ? "" : " ")
                    .append(lastX)
                    .append(',')
                    .append(lastY);
        }
        flush(segments, current);
        return new Sparkline(WIDTH, HEIGHT, List.copyOf(segments), lastX, lastY, title);
    }

    /**
     * The inline SVG: {@code role="img"} with a {@code <title>} as its text alternative, one polyline per run of
     * visible values, a dot for a lone value and for the latest one. Written here rather than in the template because
     * the page layout collects every {@code <title>} element of a template for the document title.
     */
    public String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"ip-sparkline\" role=\"img\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\">")
                .append("<title>")
                .append(HtmlUtils.htmlEscape(title, "UTF-8"))
                .append("</title>");
        for (String segment : segments) {
            if (segment.contains(" ")) {
                svg.append("<polyline points=\"")
                        .append(segment)
                        .append("\" fill=\"none\" stroke=\"#00467f\" stroke-width=\"1.5\"/>");
            } else {
                String[] xy = segment.split(",");
                svg.append("<circle cx=\"")
                        .append(xy[0])
                        .append("\" cy=\"")
                        .append(xy[1])
                        .append("\" r=\"2\" fill=\"#00467f\"/>");
            }
        }
        if (lastX != null) {
            svg.append("<circle cx=\"")
                    .append(lastX)
                    .append("\" cy=\"")
                    .append(lastY)
                    .append("\" r=\"2.5\" fill=\"#00467f\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static void flush(List<String> segments, StringBuilder current) {
        if (!current.isEmpty()) {
            segments.add(current.toString());
            current.setLength(0);
        }
    }

    private static String coordinate(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The text alternative of a time series: how many periods, the first and the last visible value, and whether the
     * series rose, fell or stayed the same between them (with the change in percent where it is defined).
     */
    static String summary(List<ShownValue> series, int decimals, Locale locale, MessageSource messages, String name) {
        List<ShownValue> visible =
                series.stream().filter(v -> v.value() != null).toList();
        if (visible.isEmpty()) {
            return messages.getMessage("indicatorpage.trend.none", new Object[] {name, series.size()}, locale);
        }
        ShownValue first = visible.getFirst();
        ShownValue last = visible.getLast();
        if (visible.size() == 1) {
            return messages.getMessage(
                    "indicatorpage.trend.single",
                    new Object[] {
                        name,
                        NumberText.format(first.value(), decimals, locale),
                        first.period().toString()
                    },
                    locale);
        }
        int cmp = last.value().compareTo(first.value());
        String trend = messages.getMessage(
                cmp > 0 ? "indicatorpage.trend.up" : cmp < 0 ? "indicatorpage.trend.down" : "indicatorpage.trend.flat",
                null,
                locale);
        String change = "";
        if (cmp != 0 && first.value().signum() != 0) {
            BigDecimal percent = last.value()
                    .subtract(first.value())
                    .multiply(BigDecimal.valueOf(100))
                    .divide(first.value().abs(), 1, RoundingMode.HALF_UP);
            change = " (" + NumberText.signed(percent, 1, locale) + " %)";
        }
        String hidden = series.size() > visible.size()
                ? " "
                        + messages.getMessage(
                                "indicatorpage.trend.gaps", new Object[] {series.size() - visible.size()}, locale)
                : "";
        return messages.getMessage(
                        "indicatorpage.trend.text",
                        new Object[] {
                            name,
                            first.period().toString(),
                            last.period().toString(),
                            NumberText.format(first.value(), decimals, locale),
                            NumberText.format(last.value(), decimals, locale),
                            trend + change,
                            series.size()
                        },
                        locale)
                + hidden;
    }
}
