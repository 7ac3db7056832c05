package de.lotse.planning;

import java.util.List;

/** An objective (Zielstellung) of a field of action, with the cross-cutting aspects it touches. */
public record Objective(
        long id,
        long fieldId,
        int position,
        String code,
        String title,
        String description,
        long version,
        List<Long> aspectIds) {}
