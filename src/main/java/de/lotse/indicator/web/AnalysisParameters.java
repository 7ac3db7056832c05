package de.lotse.indicator.web;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.Period;
import de.lotse.indicator.SocialIndex;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the parameters of the analysis API and pages; every problem is an {@link IllegalArgumentException} whose
 * message names the parameter and the wrong value.
 */
final class AnalysisParameters {

    private AnalysisParameters() {}

    /** A comma-separated list of indicator keys. */
    static List<IndicatorKey> indicators(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("'indicators' is missing: give indicator keys separated by commas.");
        }
        List<IndicatorKey> keys = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                keys.add(IndicatorKey.of(part.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'indicators': " + e.getMessage());
            }
        }
        return keys;
    }

    /** The inputs of a social index: weights separated by commas, one per indicator, or none (all 1). */
    static List<SocialIndex.Input> inputs(List<IndicatorKey> keys, String weights) {
        List<SocialIndex.Input> inputs = new ArrayList<>();
        if (weights == null || weights.isBlank()) {
            keys.forEach(k -> inputs.add(new SocialIndex.Input(k, 1)));
            return inputs;
        }
        List<String> parts =
                Arrays.stream(weights.split(",")).map(String::strip).toList();
        if (parts.size() != keys.size()) {
            throw new IllegalArgumentException("'weights' has " + parts.size() + " entries for " + keys.size()
                    + " indicators; give one weight per indicator.");
        }
        for (int i = 0; i < keys.size(); i++) {
            inputs.add(new SocialIndex.Input(keys.get(i), weight(parts.get(i))));
        }
        return inputs;
    }

    /** A weight from 0 to 1000, with a decimal point or comma. */
    static double weight(String text) {
        BigDecimal w;
        try {
            w = new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'weights': '" + text + "' is not a number.");
        }
        if (w.signum() < 0 || w.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException("'weights': a weight lies between 0 and 1000, not " + text + ".");
        }
        return w.doubleValue();
    }

    /** A required or optional period. */
    static Period period(String text, String name, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("'" + name + "' is missing, e.g. 2015 or 2015-12-31.");
            }
            return null;
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "': " + e.getMessage());
        }
    }

    /** An optional territorial level. */
    static TerritoryLevel level(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TerritoryLevel.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown level '" + text + "'; use one of " + Arrays.toString(TerritoryLevel.values()) + ".");
        }
    }

    /** A whole number in a range. */
    static int number(String text, String name, int absent, int min, int max) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' is a whole number, not '" + text + "'.");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("'" + name + "' is " + min + " to " + max + ", not " + n + ".");
        }
        return n;
    }
}
