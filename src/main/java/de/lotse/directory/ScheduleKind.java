package de.lotse.directory;

/** Recurring consultation hours, a single date, or a closure period (no consultation hours from..to). */
public enum ScheduleKind {
    RECURRING,
    ONE_OFF,
    CLOSURE
}
