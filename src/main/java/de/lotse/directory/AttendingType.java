package de.lotse.directory;

/** How people come to consultation hours (HSDS schedule attending_type). */
public enum AttendingType {
    /** Offene Sprechstunde: come without an appointment. */
    WITHOUT_APPOINTMENT,
    /** Nach Terminvereinbarung. */
    BY_APPOINTMENT
}
