package de.lotse.planning;

import java.util.List;

/**
 * A field of action (Handlungsfeld) of a strategy with its situation (Ausgangslage), its objectives in document
 * order and the cross-cutting aspects it touches.
 *
 * @param version optimistic-lock version; raised by every change of the field or of one of its objectives
 */
public record FieldOfAction(
        long id,
        long strategyId,
        int position,
        String code,
        String title,
        String situation,
        String description,
        long version,
        List<Long> aspectIds,
        List<Objective> objectives) {}
