package de.lotse.directory.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the consultation hours.
 *
 * @param loadBundledHolidays whether to import the bundled school holidays and public holidays of Niedersachsen
 *     ({@code directory/holidays/}) once on the first start (property
 *     {@code lotse.directory.load-bundled-holidays}, default true; false in the tests)
 */
@ConfigurationProperties("lotse.directory")
record ScheduleProperties(@DefaultValue("true") boolean loadBundledHolidays) {}
