package de.lotse.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the bundled indicator catalogue.
 *
 * @param loadBundledData whether to load the bundled starter catalogue and its values once the application is ready
 *     (after the bundled territories) when they are not yet loaded
 * @param loadInBackground whether to load them on a background thread after the web server is up (the catalogue shows
 *     "Daten werden geladen" meanwhile) instead of before the start completes
 */
@ConfigurationProperties("lotse.indicator")
record BundledIndicatorProperties(
        @DefaultValue("true") boolean loadBundledData,
        @DefaultValue("true") boolean loadInBackground) {}
