package de.lotse.planning;

/** Where a strategy document stands. */
public enum StrategyStatus {
    /** Entwurf: in preparation, not adopted. */
    DRAFT,
    /** beschlossen: adopted by a body. */
    ADOPTED,
    /** abgelöst: replaced by a successor. */
    SUPERSEDED
}
