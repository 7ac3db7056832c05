package de.lotse.territory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the territory module.
 *
 * @param homeCounty key (5-digit Kreis key or 8-digit AGS) of the county this installation plans for; the start page
 *     shows it ({@code LOTSE_HOME_COUNTY}, default 03157 Landkreis Peine)
 * @param loadBundledData whether to load the bundled territories on the first start with an empty database
 */
@ConfigurationProperties("lotse.territory")
record TerritoryProperties(
        String homeCounty, @DefaultValue("true") boolean loadBundledData) {

    TerritoryProperties {
        homeCounty = homeCounty == null || homeCounty.isBlank() ? "03157" : homeCounty.strip();
        if (!homeCounty.matches("\\d{5}|\\d{5}000")) {
            throw new IllegalArgumentException("lotse.territory.home-county (LOTSE_HOME_COUNTY) must be the 5-digit key"
                    + " of a Kreis, e.g. 03157 for Landkreis Peine, got '" + homeCounty + "'");
        }
        homeCounty = homeCounty.substring(0, 5);
    }
}
