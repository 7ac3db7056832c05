package de.lotse.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the bundled planning content.
 *
 * @param loadBundledContent whether to load the summarised strategy documents of Landkreis Peine and Landkreis
 *     Lüchow-Dannenberg ({@code bundled/planning/}) once when the application is ready and they are not yet loaded
 */
@ConfigurationProperties("lotse.planning")
record BundledPlanningProperties(@DefaultValue("true") boolean loadBundledContent) {}
