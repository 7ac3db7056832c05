package de.lotse.indicator;

import java.util.Optional;

/** The quality mark of an official figure, as written after the number or in the flat file's {@code value_q}. */
public enum QualityFlag {
    /** {@code e}: endgültig. */
    FINAL('e'),
    /** {@code p}: vorläufig. */
    PROVISIONAL('p'),
    /** {@code r}: berichtigt. */
    REVISED('r'),
    /** {@code s}: geschätzt. */
    ESTIMATED('s');

    private final char mark;

    QualityFlag(char mark) {
        this.mark = mark;
    }

    /** The one-letter mark. */
    public char mark() {
        return mark;
    }

    /** The flag written as {@code text}, if it is one. */
    public static Optional<QualityFlag> of(String text) {
        for (QualityFlag flag : values()) {
            if (text != null && text.length() == 1 && text.charAt(0) == flag.mark) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }
}
