package de.lotse.planning;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of a council paper (Vorlage / Drucksache) as the county's council information system assigns it: the
 * year, a slash and a running number, e.g. {@code 2014/026} or {@code 2006/037}; an amendment may carry a suffix
 * ({@code 2014/026-1}). The running number keeps its leading zeros — {@code 2014/026} and {@code 2014/26} are
 * different texts, and Lotse does not guess that they mean the same paper.
 */
public record PaperNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^(19|20)\\d{2}/\\d{1,5}(-\\d{1,2})?$");

    public PaperNumber {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A council paper number is the year, a slash and a number, e.g. 2014/026; got: " + value);
        }
    }

    public static PaperNumber of(String value) {
        return new PaperNumber(value);
    }

    /** Whether the text is a valid paper number. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip()).matches();
    }

    /** The year of the paper, e.g. 2014. */
    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    @Override
    public String toString() {
        return value;
    }
}
