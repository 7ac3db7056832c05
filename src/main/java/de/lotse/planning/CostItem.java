package de.lotse.planning;

import java.util.Objects;

/**
 * One line of a measure's budget, e.g. travel or rent. Each amount may be unknown ({@code null}), e.g. when a
 * document names a total of 10.000 € for travel, office equipment and rent without splitting it.
 */
public record CostItem(CostCategory category, String label, Money planned, Money approved, Money spent) {

    public CostItem {
        Objects.requireNonNull(category, "category");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A cost item needs a label");
        }
        label = label.strip();
    }
}
