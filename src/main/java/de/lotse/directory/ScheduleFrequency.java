package de.lotse.directory;

/** HSDS schedule freq (RFC 5545 FREQ) as far as HSDS allows it. */
public enum ScheduleFrequency {
    WEEKLY,
    MONTHLY
}
