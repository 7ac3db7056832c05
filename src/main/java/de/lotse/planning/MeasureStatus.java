package de.lotse.planning;

/** Where a measure stands (the status of its latest status report). */
public enum MeasureStatus {
    /** geplant. */
    PLANNED,
    /** in Umsetzung. */
    IN_PROGRESS,
    /** umgesetzt. */
    DONE,
    /** verzögert. */
    DELAYED,
    /** zurückgestellt. */
    POSTPONED,
    /** aufgegeben. */
    ABANDONED
}
