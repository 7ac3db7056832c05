package de.lotse.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Colour-blind-safe colour schemes for choropleth maps.
 *
 * <ul>
 *   <li>{@link #YL_GN_BU}: ColorBrewer's sequential YlGnBu (Cynthia Brewer, colorbrewer2.org, marked colour-blind safe
 *       and print friendly) in its 3- to 7-class variants.
 *   <li>{@link #VIRIDIS}: the perceptually uniform viridis scale of matplotlib (van der Walt and Smith), interpolated
 *       between its five anchor colours; readable with all common colour-vision deficiencies and in greyscale.
 *   <li>{@link #DIVERGING}: for deviations from a reference value (the parent region): ColorBrewer's RdBu (red = worse,
 *       blue = better) for indicators with a polarity, PuOr (no judgement) for neutral ones; classes around the
 *       reference value stay nearly white.
 * </ul>
 *
 * <h2>Direction</h2>
 *
 * In the sequential schemes darker means worse: for a higher-is-worse indicator high values are dark, for a
 * higher-is-better indicator low values are dark. A neutral indicator is shown high = dark, the usual reading of a
 * choropleth map. The legend lists the classes with their colour, so the direction is always stated in words too.
 */
public enum MapPalette {
    YL_GN_BU,
    VIRIDIS,
    DIVERGING;

    private static final String[][] YL_GN_BU_CLASSES = {
        {"#edf8b1", "#7fcdbb", "#2c7fb8"},
        {"#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"},
        {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"},
        {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"},
        {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"}
    };

    /** Viridis at 0, ¼, ½, ¾ and 1, from light to dark (reversed from matplotlib's dark-to-light order). */
    private static final String[] VIRIDIS_ANCHORS = {"#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"};

    private static final String NEUTRAL_WHITE = "#f7f7f7";
    /** RdBu, from the reference outwards: red side (worse) and blue side (better), five steps each. */
    private static final String[] RED = {"#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f"};

    private static final String[] BLUE = {"#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"};
    /** PuOr, from the reference outwards: orange side (below) and purple side (above). */
    private static final String[] ORANGE = {"#fee0b6", "#fdb863", "#e08214", "#b35806", "#7f3b08"};

    private static final String[] PURPLE = {"#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b"};

    /** The palette named by a request parameter (case-insensitive, '-' for '_'), or the default YlGnBu. */
    public static MapPalette parse(String text) {
        if (text == null || text.isBlank()) {
            return YL_GN_BU;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown palette '" + text + "'; use one of " + Arrays.toString(values()));
        }
    }

    /**
     * The colours of the classes, lowest class first.
     *
     * @param classes the classification
     * @param polarity the indicator's polarity (decides which end is dark, or which side is red)
     * @param reference the reference value of a diverging palette (the parent region's value); without one the middle
     *     of the range is used
     */
    public List<String> colours(MapClassification.Classes classes, Polarity polarity, BigDecimal reference) {
        int n = classes.classes().size();
        if (n == 0) {
            return List.of();
        }
        if (this == DIVERGING) {
            return diverging(classes, polarity, reference);
        }
        List<String> light2dark = sequential(n);
        List<String> result = new ArrayList<>(light2dark);
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            java.util.Collections.reverse(result);
        }
        return List.copyOf(result);
    }

    /** n colours of the sequential scheme from light to dark. */
    List<String> sequential(int n) {
        if (this == VIRIDIS) {
            List<String> colours = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                colours.add(interpolate(VIRIDIS_ANCHORS, n == 1 ? 0.5 : i / (double) (n - 1)));
            }
            return colours;
        }
        if (n >= 3) {
            return List.of(YL_GN_BU_CLASSES[Math.min(n, 7) - 3]);
        }
        String[] three = YL_GN_BU_CLASSES[0];
        return n == 1 ? List.of(three[1]) : List.of(three[0], three[2]);
    }

    private static List<String> diverging(MapClassification.Classes classes, Polarity polarity, BigDecimal reference) {
        List<MapClassification.ValueClass> list = classes.classes();
        BigDecimal ref = reference;
        if (ref == null) {
            BigDecimal lo = list.getFirst().lower() != null
                    ? list.getFirst().lower()
                    : list.getFirst().upper();
            BigDecimal hi = list.getLast().upper() != null
                    ? list.getLast().upper()
                    : list.getLast().lower();
            ref = lo.add(hi).divide(BigDecimal.valueOf(2));
        }
        // the class that contains the reference is neutral; classes below and above step outwards
        int home = classes.classOf(ref);
        boolean allAbove =
                list.getFirst().lower() != null && ref.compareTo(list.getFirst().lower()) < 0;
        if (allAbove) {
            home = -1;
        } else if (list.getLast().upper() != null
                && ref.compareTo(list.getLast().upper()) > 0) {
            home = list.size(); // every class lies below the reference
        }
        String[] below;
        String[] above;
        switch (polarity) {
            case HIGHER_IS_BETTER -> {
                below = RED;
                above = BLUE;
            }
            case HIGHER_IS_WORSE -> {
                below = BLUE;
                above = RED;
            }
            default -> {
                below = ORANGE;
                above = PURPLE;
            }
        }
        int n = list.size();
        int stepsBelow = Math.max(home, 0);
        int stepsAbove = Math.min(n - 1 - home, n);
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == home) {
                colours.add(NEUTRAL_WHITE);
            } else if (i < home) {
                colours.add(step(below, home - i, stepsBelow));
            } else {
                colours.add(step(above, i - home, stepsAbove));
            }
        }
        return List.copyOf(colours);
    }

    /** The colour for distance d (1 = next to the reference) of at most steps, spread over the five shades. */
    private static String step(String[] shades, int d, int steps) {
        if (steps <= 1) {
            return shades[2];
        }
        int index = (int) Math.round((d - 1) * (shades.length - 1) / (double) (Math.max(steps, 2) - 1));
        return shades[Math.min(shades.length - 1, Math.max(0, index))];
    }

    private static String interpolate(String[] anchors, double t) {
        double position = t * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) Math.floor(position));
        double f = position - i;
        int[] a = rgb(anchors[i]);
        int[] b = rgb(anchors[i + 1]);
        return String.format(
                "#%02x%02x%02x",
                Math.round(a[0] + (b[0] - a[0]) * f),
                Math.round(a[1] + (b[1] - a[1]) * f),
                Math.round(a[2] + (b[2] - a[2]) * f));
    }

    private static int[] rgb(String hex) {
        return new int[] {
            Integer.parseInt(hex.substring(1, 3), 16),
            Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)
        };
    }
}
