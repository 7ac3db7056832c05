/**
 * Indicators: the indicator catalogue, imports of official statistics and the time series of indicator values per
 * territory and period. This first part holds the readers of the official statistics formats (GENESIS and
 * Regionaldatenbank table CSV, GENESIS flat file) and the translation of their region keys into Lotse's keys.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package de.lotse.indicator;
