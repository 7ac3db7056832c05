package de.lotse.territory;

/**
 * One record of the Destatis municipality register GV100AD that Lotse keeps (Satzart 10 Land, 40 Kreis,
 * 50 Gemeindeverband, 60 Gemeinde).
 *
 * @param line line number in the file
 * @param level the level the Satzart stands for
 * @param ars the unit's 12-digit ARS
 * @param name official name
 * @param seat seat of the administration (Satzart 10, 40, 50), or {@code null}
 * @param typeCode Textkennzeichen, {@code null} for a Land
 * @param areaHa area in hectares (Satzart 60 only)
 * @param population population total (Satzart 60 only)
 * @param male male population (Satzart 60 only)
 */
record Gv100adRecord(
        int line,
        TerritoryLevel level,
        Ars ars,
        String name,
        String seat,
        String typeCode,
        Long areaHa,
        Long population,
        Long male) {

    String nativeKey() {
        return ars.nativeKey(level);
    }

    String ags() {
        return switch (level) {
            case STATE -> ars.state() + "000000";
            case COUNTY -> ars.county() + "000";
            case ASSOCIATION -> null;
            default -> ars.municipalityAgs().value();
        };
    }
}
