/**
 * Territories: the official hierarchy Land, Kreis, Gemeindeverband, Gemeinde (and social spaces defined by the county),
 * keyed by AGS/ARS, with boundaries, area and population per reference date; importers for the Destatis municipality
 * register (GV100AD) and boundary GeoJSON. Every later object in Lotse belongs to a territory scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territories")
package de.lotse.territory;
