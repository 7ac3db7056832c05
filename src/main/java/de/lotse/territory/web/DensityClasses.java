package de.lotse.territory.web;

import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Classes of population density for the choropleth map: quantile breaks over the units shown, rounded to whole
 * inhabitants per km², with a colour each (a sequential blue scale, the same as the CSS classes {@code density-0} to {@code density-4}). The same
 * classes colour the map and appear in the legend and the table, so map and table always agree.
 */
record DensityClasses(List<DensityClass> classes) {

    private static final String[] COLOURS = {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"};

    /** One class: from (inclusive) to (exclusive, {@code null} for the last) and its colour. */
    record DensityClass(int index, Long from, Long to, int colourIndex, String colour) {}

    static DensityClasses of(List<Territory> territories) {
        List<Double> values = territories.stream()
                .filter(t -> !"66".equals(t.typeCode())) // uninhabited areas (0 per km²) would distort the breaks
                .map(Territory::density)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        if (values.isEmpty()) {
            return new DensityClasses(List.of());
        }
        int count = Math.min(COLOURS.length, values.size());
        List<Long> breaks = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            long b = Math.round(values.get((int) Math.floor(i * values.size() / (double) count)));
            if (breaks.isEmpty() || b > breaks.getLast()) {
                breaks.add(b);
            }
        }
        List<DensityClass> classes = new ArrayList<>();
        Long from = null;
        for (int i = 0; i <= breaks.size(); i++) {
            Long to = i < breaks.size() ? breaks.get(i) : null;
            int colour = i * (COLOURS.length - 1) / Math.max(1, breaks.size());
            classes.add(new DensityClass(i, from, to, colour, COLOURS[colour]));
            from = to;
        }
        return new DensityClasses(List.copyOf(classes));
    }

    /** The class of a unit, or {@code null} if its density is unknown. */
    public DensityClass classOf(Territory territory) {
        Double density = territory.density();
        if (density == null) {
            return null;
        }
        for (DensityClass c : classes) {
            if (c.to() == null || density < c.to()) {
                return c;
            }
        }
        return classes.getLast();
    }

    /** Upper bounds of the classes, comma-separated, for the map script. */
    public String breaks() {
        return String.join(
                ",",
                classes.stream()
                        .filter(c -> c.to() != null)
                        .map(c -> Long.toString(c.to()))
                        .toList());
    }

    /** Colours of the classes, comma-separated, for the map script. */
    public String colours() {
        return String.join(",", classes.stream().map(DensityClass::colour).toList());
    }
}
