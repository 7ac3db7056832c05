package de.lotse.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Classes of a choropleth map: the breaks that divide the values shown into k classes (3 to 7) by one of four methods,
 * and how many values fall into each class.
 *
 * <h2>Convention</h2>
 *
 * Every class is closed at the top: a value belongs to the first class whose upper bound it does not exceed. The first
 * class starts at the smallest value (or is open downwards for manual breaks), the last class ends at the largest
 * value (or is open upwards for manual breaks). The map script uses the same rule with the same upper bounds, so map,
 * legend and table always agree.
 *
 * <h2>Methods</h2>
 *
 * <ul>
 *   <li>{@link Method#QUANTILE}: the upper bound of class i is the value at rank ⌈i·n/k⌉, so that each class holds
 *       about n/k values.
 *   <li>{@link Method#EQUAL_INTERVAL}: the range from the smallest to the largest value in k steps of equal width,
 *       rounded to the indicator's decimal places.
 *   <li>{@link Method#JENKS}: natural breaks, i.e. the division of the sorted values into k consecutive groups with the
 *       least total sum of squared deviations from the group means. Computed exactly by Fisher's dynamic programme (W.
 *       D. Fisher, "On grouping for maximum homogeneity", JASA 53, 1958, pp. 789–798; G. F. Jenks, "Optimal data
 *       classification for choropleth maps", University of Kansas, 1977), with the divide-and-conquer speed-up used by
 *       Ckmeans.1d.dp (H. Wang and M. Song, "Ckmeans.1d.dp: Optimal k-means clustering in one dimension by dynamic
 *       programming", The R Journal 3/2, 2011; the optimal split point is monotone in the group end), O(k·m·log m)
 *       over the m distinct values, each weighted by how often it occurs.
 *   <li>{@link Method#MANUAL}: breaks given by the planner, strictly ascending.
 * </ul>
 *
 * <h2>Ties and small inputs</h2>
 *
 * Equal values always fall into the same class; breaks that coincide are merged, so a classification may have fewer
 * classes than asked for (e.g. quantiles of many equal values). With fewer distinct values than classes, every
 * distinct value forms a class of its own; with all values equal there is one class; without values there is none.
 */
public final class MapClassification {

    /** Fewest classes a planner may ask for. */
    public static final int MIN_CLASSES = 3;
    /** Most classes a planner may ask for: more cannot be told apart by colour. */
    public static final int MAX_CLASSES = 7;

    private static final double LIMIT = 1e15;

    private MapClassification() {}

    /** How the breaks are found. */
    public enum Method {
        QUANTILE,
        EQUAL_INTERVAL,
        JENKS,
        MANUAL;

        /** The method named by a request parameter (case-insensitive, '-' for '_'), or the default: quantiles. */
        public static Method parse(String text) {
            if (text == null || text.isBlank()) {
                return QUANTILE;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Unknown classification method '" + text + "'; use one of " + Arrays.toString(values()));
            }
        }
    }

    /**
     * One class.
     *
     * @param lower the lower bound, excluded except for the first class (where it is the smallest value and included);
     *     {@code null} when the class is open downwards
     * @param upper the upper bound, included; {@code null} when the class is open upwards
     * @param count how many values fall into the class
     */
    public record ValueClass(BigDecimal lower, BigDecimal upper, int count) {}

    /**
     * The result of a classification.
     *
     * @param method the method
     * @param requested the number of classes asked for
     * @param classes the classes from the lowest up; fewer than asked for when ties or few values leave no more
     */
    public record Classes(Method method, int requested, List<ValueClass> classes) {

        /** The upper bounds of all classes but the last, the breaks the map script needs. */
        public List<BigDecimal> breaks() {
            return classes.stream()
                    .limit(Math.max(0, classes.size() - 1))
                    .map(ValueClass::upper)
                    .toList();
        }

        /** The index of the class of a value, or -1 for a missing value or an empty classification. */
        public int classOf(BigDecimal value) {
            if (value == null || classes.isEmpty()) {
                return -1;
            }
            for (int i = 0; i < classes.size() - 1; i++) {
                if (value.compareTo(classes.get(i).upper()) <= 0) {
                    return i;
                }
            }
            return classes.size() - 1;
        }

        /** The counts of the classes, lowest first. */
        public List<Integer> counts() {
            return classes.stream().map(ValueClass::count).toList();
        }
    }

    /**
     * Divides the values into classes.
     *
     * @param values the values shown (missing and suppressed values left out); need not be sorted
     * @param method the method
     * @param k the number of classes, 3 to 7 (for {@link Method#MANUAL} the number of breaks + 1)
     * @param manualBreaks the inner breaks for {@link Method#MANUAL}, strictly ascending, 2 to 6 of them; ignored by
     *     the other methods
     * @param decimals decimal places the breaks of equal intervals are rounded to
     * @throws IllegalArgumentException for a number of classes out of range or invalid manual breaks, naming the problem
     */
    public static Classes classify(
            List<BigDecimal> values, Method method, int k, List<BigDecimal> manualBreaks, int decimals) {
        if (method == Method.MANUAL) {
            List<BigDecimal> breaks = validManualBreaks(manualBreaks);
            return fromUpperBounds(sorted(values), method, breaks.size() + 1, breaks, true);
        }
        if (k < MIN_CLASSES || k > MAX_CLASSES) {
            throw new IllegalArgumentException(
                    "A map has " + MIN_CLASSES + " to " + MAX_CLASSES + " classes, not " + k);
        }
        BigDecimal[] sorted = sorted(values);
        if (sorted.length == 0) {
            return new Classes(method, k, List.of());
        }
        BigDecimal[] distinct = distinct(sorted);
        List<BigDecimal> uppers;
        if (distinct.length <= k) {
            uppers = Arrays.asList(distinct).subList(0, distinct.length - 1);
        } else {
            uppers = switch (method) {
                case QUANTILE -> quantiles(sorted, k);
                case EQUAL_INTERVAL -> equalIntervals(sorted, k, decimals);
                case JENKS -> jenks(sorted, distinct, k);
                case MANUAL -> throw new IllegalStateException();
            };
        }
        return fromUpperBounds(sorted, method, k, uppers, false);
    }

    /**
     * Reads manual breaks typed by a planner, e.g. {@code "5; 10; 20"} or {@code "2,5 5 7,5"}: numbers separated by
     * semicolons or spaces, with decimal comma or point.
     *
     * @throws IllegalArgumentException naming the text that is not a number
     */
    public static List<BigDecimal> parseBreaks(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<BigDecimal> breaks = new ArrayList<>();
        for (String part : text.strip().split("[;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String normalised = part.contains(",") && !part.contains(".") ? part.replace(',', '.') : part;
            try {
                breaks.add(new BigDecimal(normalised));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' in the manual breaks is not a number");
            }
        }
        return breaks;
    }

    private static List<BigDecimal> validManualBreaks(List<BigDecimal> breaks) {
        if (breaks == null || breaks.size() < MIN_CLASSES - 1 || breaks.size() > MAX_CLASSES - 1) {
            throw new IllegalArgumentException("Manual classes need " + (MIN_CLASSES - 1) + " to " + (MAX_CLASSES - 1)
                    + " breaks, got " + (breaks == null ? 0 : breaks.size()));
        }
        for (int i = 0; i < breaks.size(); i++) {
            BigDecimal b = breaks.get(i);
            if (b == null || b.abs().compareTo(BigDecimal.valueOf(LIMIT)) > 0) {
                throw new IllegalArgumentException("The manual break " + b + " is out of range");
            }
            if (i > 0 && b.compareTo(breaks.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("Manual breaks must be strictly ascending, but " + b.toPlainString()
                        + " follows " + breaks.get(i - 1).toPlainString());
            }
        }
        return List.copyOf(breaks);
    }

    private static Classes fromUpperBounds(
            BigDecimal[] sorted, Method method, int requested, List<BigDecimal> uppers, boolean open) {
        List<BigDecimal> bounds = new ArrayList<>();
        for (BigDecimal u : uppers) {
            if (bounds.isEmpty() || u.compareTo(bounds.getLast()) > 0) {
                bounds.add(u);
            }
        }
        if (!open && sorted.length > 0) {
            // a computed break at the largest value would leave an empty last class
            while (!bounds.isEmpty() && bounds.getLast().compareTo(sorted[sorted.length - 1]) >= 0) {
                bounds.removeLast();
            }
        }
        int n = bounds.size() + 1;
        int[] counts = new int[n];
        int c = 0;
        for (BigDecimal v : sorted) {
            while (c < n - 1 && v.compareTo(bounds.get(c)) > 0) {
                c++;
            }
            counts[c]++;
        }
        List<ValueClass> classes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal lower = i == 0 ? (open ? null : sorted[0]) : bounds.get(i - 1);
            BigDecimal upper = i < n - 1 ? bounds.get(i) : (open ? null : sorted[sorted.length - 1]);
            classes.add(new ValueClass(lower, upper, counts[i]));
        }
        return new Classes(method, requested, List.copyOf(classes));
    }

    private static List<BigDecimal> quantiles(BigDecimal[] sorted, int k) {
        List<BigDecimal> uppers = new ArrayList<>();
        int n = sorted.length;
        for (int i = 1; i < k; i++) {
            int rank = (int) Math.ceil(i * (double) n / k); // 1-based
            uppers.add(sorted[Math.max(0, rank - 1)]);
        }
        return uppers;
    }

    private static List<BigDecimal> equalIntervals(BigDecimal[] sorted, int k, int decimals) {
        BigDecimal min = sorted[0];
        BigDecimal width = sorted[sorted.length - 1].subtract(min);
        List<BigDecimal> uppers = new ArrayList<>();
        for (int i = 1; i < k; i++) {
            BigDecimal b = min.add(
                    width.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(k), 12, RoundingMode.HALF_UP));
            uppers.add(b.setScale(Math.max(0, decimals), RoundingMode.HALF_UP).stripTrailingZeros());
        }
        return uppers;
    }

    /**
     * Fisher–Jenks natural breaks over the distinct values weighted by their multiplicity; returns the largest value of
     * each group but the last.
     */
    private static List<BigDecimal> jenks(BigDecimal[] sorted, BigDecimal[] distinct, int k) {
        int m = distinct.length;
        double[] x = new double[m];
        double[] w = new double[m];
        int j = 0;
        for (BigDecimal v : sorted) {
            if (v.compareTo(distinct[j]) != 0) {
                j++;
            }
            w[j]++;
        }
        // centre the values so the sums of squares keep their precision
        double shift = distinct[m / 2].doubleValue();
        for (int i = 0; i < m; i++) {
            x[i] = distinct[i].doubleValue() - shift;
        }
        int[] ends = jenksGroupEnds(x, w, k);
        List<BigDecimal> uppers = new ArrayList<>();
        for (int g = 0; g < k - 1; g++) {
            uppers.add(distinct[ends[g]]);
        }
        return uppers;
    }

    /**
     * The exact optimal division of sorted, distinct, weighted values into k non-empty groups (k ≤ values) by least
     * within-group sum of squares; returns the index of the last value of each group.
     */
    static int[] jenksGroupEnds(double[] x, double[] w, int k) {
        int m = x.length;
        double[] sw = new double[m + 1];
        double[] swx = new double[m + 1];
        double[] swxx = new double[m + 1];
        for (int i = 0; i < m; i++) {
            sw[i + 1] = sw[i] + w[i];
            swx[i + 1] = swx[i] + w[i] * x[i];
            swxx[i + 1] = swxx[i] + w[i] * x[i] * x[i];
        }
        Ssq ssq = new Ssq(sw, swx, swxx);
        // cost[g][i]: least SSQ of values 0..i in g+1 groups; start[g][i]: first index of the last group
        double[][] cost = new double[k][m];
        int[][] start = new int[k][m];
        for (int i = 0; i < m; i++) {
            cost[0][i] = ssq.of(0, i);
        }
        for (int g = 1; g < k; g++) {
            fill(cost[g - 1], cost[g], start[g], ssq, g, g, m - 1, g, m - 1);
        }
        int[] ends = new int[k];
        int end = m - 1;
        for (int g = k - 1; g >= 0; g--) {
            ends[g] = end;
            end = g == 0 ? -1 : start[g][end] - 1;
        }
        return ends;
    }

    /**
     * Divide and conquer over the group ends lo..hi: the best start of the last group for the middle end lies between
     * optLo and optHi, and is monotone in the end, so each half is searched in its half of the range.
     */
    private static void fill(
            double[] previous, double[] current, int[] start, Ssq ssq, int g, int lo, int hi, int optLo, int optHi) {
        if (lo > hi) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        double best = Double.POSITIVE_INFINITY;
        int bestStart = Math.max(g, optLo);
        for (int s = Math.max(g, optLo); s <= Math.min(mid, optHi); s++) {
            double c = previous[s - 1] + ssq.of(s, mid);
            if (c < best) {
                best = c;
                bestStart = s;
            }
        }
        current[mid] = best;
        start[mid] = bestStart;
        fill(previous, current, start, ssq, g, lo, mid - 1, optLo, bestStart);
        fill(previous, current, start, ssq, g, mid + 1, hi, bestStart, optHi);
    }

    /** Weighted within-group sum of squares of the values from..to (inclusive) from prefix sums. */
    private record Ssq(double[] sw, double[] swx, double[] swxx) {
        double of(int from, int to) {
            double weight = sw[to + 1] - sw[from];
            double sum = swx[to + 1] - swx[from];
            double squares = swxx[to + 1] - swxx[from];
            return Math.max(0, squares - sum * sum / weight);
        }
    }

    private static BigDecimal[] sorted(List<BigDecimal> values) {
        return values == null
                ? new BigDecimal[0]
                : values.stream().filter(java.util.Objects::nonNull).sorted().toArray(BigDecimal[]::new);
    }

    private static BigDecimal[] distinct(BigDecimal[] sorted) {
        List<BigDecimal> distinct = new ArrayList<>();
        for (BigDecimal v : sorted) {
            if (distinct.isEmpty() || v.compareTo(distinct.getLast()) != 0) {
                distinct.add(v);
            }
        }
        return distinct.toArray(BigDecimal[]::new);
    }
}
