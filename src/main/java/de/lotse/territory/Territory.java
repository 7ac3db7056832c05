package de.lotse.territory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A territorial unit as other modules and the API see it.
 *
 * @param id internal id, for references from other modules
 * @param key level-native key: Land 2, Kreis 5, Gemeindeverband 9, Gemeinde 12 digits
 * @param ars 12-digit Regionalschlüssel
 * @param ags 8-digit Gemeindeschlüssel, {@code null} for Gemeindeverbände
 * @param name official name
 * @param level level in the hierarchy
 * @param typeCode official Textkennzeichen (e.g. 44 Landkreis, 52 Samtgemeinde, 63 Stadt), {@code null} for a Land
 * @param seat seat of the administration, where the register names it
 * @param parentKey key of the unit above, {@code null} for a Land
 * @param parentName name of the unit above, {@code null} for a Land
 * @param path materialised path of native keys from the Land down to this unit, separated by '/'
 * @param areaKm2 area in km², {@code null} if unknown
 * @param validFrom first day the unit is known to be valid (the register edition it first appeared in), {@code null}
 *     if it was already in the first edition loaded
 * @param validTo day the unit ceased to exist (territorial reform), {@code null} while it exists
 * @param population latest population figure, {@code null} if none is known
 * @param hasBoundary whether a boundary geometry is stored
 */
public record Territory(
        long id,
        String key,
        Ars ars,
        Ags ags,
        String name,
        TerritoryLevel level,
        String typeCode,
        String seat,
        String parentKey,
        String parentName,
        String path,
        BigDecimal areaKm2,
        LocalDate validFrom,
        LocalDate validTo,
        PopulationFigure population,
        boolean hasBoundary) {

    /** The official meaning of {@link #typeCode()}, e.g. "Landkreis". */
    public String typeName() {
        return TerritoryType.meaning(level, typeCode);
    }

    /** Message key of the type's name in the UI language: {@code territory.type.<code>} (or the level). */
    public String typeKey() {
        return "territory.type." + (typeCode != null ? typeCode : level.name());
    }

    /**
     * Whether this is the Gemeindeverband record of a verbandsfreie Gemeinde (type 50): the register lists such a
     * Gemeinde twice, as Verband and as Gemeinde, with the same name and area.
     */
    public boolean isSingleMunicipalityAssociation() {
        return level == TerritoryLevel.ASSOCIATION && "50".equals(typeCode);
    }

    /** Whether the unit exists today (was not closed by a territorial reform). */
    public boolean isCurrent() {
        return validTo == null;
    }

    /** Population per km², or {@code null} when population or area is unknown or the area is zero. */
    public Double density() {
        if (population == null || areaKm2 == null || areaKm2.signum() == 0) {
            return null;
        }
        return population.population() / areaKm2.doubleValue();
    }
}
