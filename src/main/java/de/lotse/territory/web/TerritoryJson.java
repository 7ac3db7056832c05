package de.lotse.territory.web;

import de.lotse.territory.PopulationFigure;
import de.lotse.territory.Territory;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the territory API (never entities). Dates are ISO 8601. */
final class TerritoryJson {

    private TerritoryJson() {}

    @Schema(description = "A territorial unit: Land, Kreis, Gemeindeverband, Gemeinde or Sozialraum")
    record TerritoryResponse(
            @Schema(
                    description = "Level-native key: Land 2, Kreis 5, Gemeindeverband 9, Gemeinde 12 digits",
                    example = "031570006006")
            String key,

            @Schema(description = "Amtlicher Regionalschlüssel, 12 digits", example = "031570006006")
            String ars,

            @Schema(
                    description = "Amtlicher Gemeindeschlüssel, 8 digits; null for a Gemeindeverband",
                    example = "03157006")
            String ags,

            @Schema(example = "Peine, Stadt") String name,

            @Schema(description = "STATE, COUNTY, ASSOCIATION, MUNICIPALITY or SOCIAL_SPACE", example = "MUNICIPALITY")
            String level,

            TypeResponse type,
            ParentResponse parent,

            @Schema(description = "Area in km²", example = "119.84")
            BigDecimal areaKm2,

            PopulationResponse population,
            ValidityResponse validity,

            @Schema(description = "Whether a boundary geometry is available")
            boolean hasBoundary,

            @Schema(description = "Population on every reference date known (only in the single-territory response)")
            List<PopulationResponse> populationHistory) {

        static TerritoryResponse of(Territory t) {
            return of(t, null);
        }

        static TerritoryResponse of(Territory t, List<PopulationFigure> history) {
            return new TerritoryResponse(
                    t.key(),
                    t.ars().value(),
                    t.ags() == null ? null : t.ags().value(),
                    t.name(),
                    t.level().name(),
                    new TypeResponse(t.typeCode(), t.typeName()),
                    t.parentKey() == null
                            ? null
                            : new ParentResponse(t.parentKey(), "/api/v1/territories/" + t.parentKey()),
                    t.areaKm2(),
                    PopulationResponse.of(t.population()),
                    new ValidityResponse(t.validFrom(), t.validTo()),
                    t.hasBoundary(),
                    history == null
                            ? null
                            : history.stream().map(PopulationResponse::of).toList());
        }
    }

    @Schema(description = "Official type (Textkennzeichen of the municipality register) and its meaning")
    record TypeResponse(
            @Schema(example = "63") String code,
            @Schema(example = "Stadt") String name) {}

    record ParentResponse(@Schema(example = "031570006") String key, String href) {}

    @Schema(description = "Population on a reference date")
    record PopulationResponse(
            @Schema(example = "50987") long value,
            @Schema(example = "2024-12-31") LocalDate referenceDate,
            String source,
            @Schema(example = "Zensus 2022") String basis) {

        static PopulationResponse of(PopulationFigure figure) {
            return figure == null
                    ? null
                    : new PopulationResponse(
                            figure.population(), figure.referenceDate(), figure.source(), figure.basis());
        }
    }

    @Schema(
            description =
                    "Validity: from (null = already in the first register edition loaded), to (null = exists today)")
    record ValidityResponse(LocalDate from, LocalDate to) {}
}
