package de.lotse.territory;

import java.time.LocalDate;

/**
 * The population of a unit on a reference date (Stichtag), with its source.
 *
 * @param referenceDate the reference date, e.g. 31.12.2024 or the census day 15.05.2022
 * @param population total population
 * @param male male population, where the source states it
 * @param source the dataset the figure comes from
 * @param basis the census basis of the update (e.g. "Zensus 2022"), where known
 */
public record PopulationFigure(LocalDate referenceDate, long population, Long male, String source, String basis) {}
