package de.lotse.directory.schedule;

/** School holidays (Schulferien, set by the state's ministry of education) or public holidays (gesetzliche Feiertage). */
public enum HolidayKind {
    SCHOOL_HOLIDAY,
    PUBLIC_HOLIDAY
}
