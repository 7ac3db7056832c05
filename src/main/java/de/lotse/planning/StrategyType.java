package de.lotse.planning;

/** The kind of strategy document. */
public enum StrategyType {
    /** Sozialpolitische Leitlinien. */
    GUIDELINES,
    /** Leitbild. */
    MISSION_STATEMENT,
    /** Konzept (e.g. an integration concept). */
    CONCEPT,
    /** Planungsprojekt (e.g. a funded integrated social planning project). */
    PLANNING_PROJECT
}
