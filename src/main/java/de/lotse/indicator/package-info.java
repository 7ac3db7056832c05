/**
 * Indicators: the indicator catalogue (versioned definitions), the value store (narrow time series per indicator,
 * territory and period, with revision history) and the readers of the official statistics formats (GENESIS and
 * Regionaldatenbank table CSV, GENESIS flat file) with the translation of their region keys into Lotse's keys.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package de.lotse.indicator;
