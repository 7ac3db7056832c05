package de.lotse.directory.schedule;

/**
 * An error in a holiday import file.
 *
 * @param file the file name as uploaded
 * @param line the line (1-based) or 0 for the whole file
 * @param field the column (CSV: region, kind, name, start, end, source) or iCalendar property (DTSTART, ...)
 * @param message what is wrong, in the language of the request
 */
public record HolidayImportProblem(String file, int line, String field, String message) {}
