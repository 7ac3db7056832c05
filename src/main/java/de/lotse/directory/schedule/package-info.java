/**
 * Consultation hours of the directory: expanding schedules (RFC 5545 rules read with ical4j) into dates, the school
 * holidays and public holidays they skip (imported data, never computed at runtime), readable texts of a schedule,
 * validation of schedule drafts and the iCalendar download per service at a place.
 *
 * <p>Public entry points: {@link de.lotse.directory.schedule.ConsultationCalendar},
 * {@link de.lotse.directory.schedule.ScheduleDescriber}, {@link de.lotse.directory.schedule.ScheduleValidator},
 * {@link de.lotse.directory.schedule.Holidays} and {@link de.lotse.directory.schedule.HolidayImport}.
 */
package de.lotse.directory.schedule;
