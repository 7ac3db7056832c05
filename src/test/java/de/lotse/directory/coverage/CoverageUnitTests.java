package de.lotse.directory.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Distances, the choice of age-band indicators and the municipality centre, without Spring. */
class CoverageUnitTests {

    @Test
    void greatCircleDistanceOfAKnownPair() {
        // Berlin (Brandenburger Tor) – Paris (Eiffel Tower): 878 km great-circle distance
        assertThat(MunicipalityCentres.distanceKm(52.5163, 13.3777, 48.8584, 2.2945))
                .isCloseTo(878.5, within(1.5));
        // one degree of latitude is 111.2 km on the mean sphere
        assertThat(MunicipalityCentres.distanceKm(52.0, 10.0, 53.0, 10.0)).isCloseTo(111.195, within(0.01));
        assertThat(MunicipalityCentres.distanceKm(52.0, 10.0, 52.0, 10.0)).isZero();
    }

    @Test
    void theCentreLiesInsideEvenACrescentShapedMunicipality() {
        // a U-shaped polygon whose centroid lies outside it
        String u = """
                {"type":"Polygon","coordinates":[[[10,52],[10.3,52],[10.3,52.3],[10.2,52.3],[10.2,52.1],
                [10.1,52.1],[10.1,52.3],[10,52.3],[10,52]]]}""";
        MunicipalityCentres.Centre c = MunicipalityCentres.interiorPoint(u).orElseThrow();
        boolean inLeftArm = c.longitude() < 10.1;
        boolean inRightArm = c.longitude() > 10.2;
        boolean inBase = c.latitude() < 52.1;
        assertThat(inLeftArm || inRightArm || inBase).isTrue();
    }

    @Test
    void coversAnAgeRangeExactlyWithTheFewestBands() {
        assertThat(keys(PopulationBasis.cover(0, 2))).containsExactly("bevoelkerung-unter-3");
        assertThat(keys(PopulationBasis.cover(0, 5))).containsExactly("bevoelkerung-unter-3", "bevoelkerung-3-bis-6");
        assertThat(keys(PopulationBasis.cover(6, 17))).containsExactly("bevoelkerung-6-bis-18");
        assertThat(keys(PopulationBasis.cover(0, 17)))
                .containsExactly("bevoelkerung-unter-15", "bevoelkerung-15-bis-18");
        assertThat(keys(PopulationBasis.cover(65, null))).containsExactly("bevoelkerung-65-plus");
        assertThat(keys(PopulationBasis.cover(75, null))).containsExactly("bevoelkerung-75-plus");
        assertThat(PopulationBasis.cover(0, 2).orElseThrow().exact()).isTrue();
    }

    @Test
    void approximatesARangeWithinFiveYearsAndSaysSo() {
        // Kinder 0–13: the population under 15 (0–14)
        PopulationBasis.Cover kinder = PopulationBasis.cover(0, 13).orElseThrow();
        assertThat(keys(java.util.Optional.of(kinder))).containsExactly("bevoelkerung-unter-15");
        assertThat(kinder.exact()).isFalse();
        assertThat(kinder.from()).isZero();
        assertThat(kinder.to()).isEqualTo(14);
        // Jugendliche 14–17: 15 to under 18 is one year off at the start
        assertThat(keys(PopulationBasis.cover(14, 17))).containsExactly("bevoelkerung-15-bis-18");
        // Senioren from 60: the population from 65
        PopulationBasis.Cover senioren = PopulationBasis.cover(60, null).orElseThrow();
        assertThat(keys(java.util.Optional.of(senioren))).containsExactly("bevoelkerung-65-plus");
        assertThat(senioren.to()).isNull();
        // 15–26 ends 9 years from any band: no age basis (the total population is used and stated)
        assertThat(PopulationBasis.cover(15, 26)).isEmpty();
        assertThat(PopulationBasis.cover(30, 50)).isEmpty();
    }

    private static List<String> keys(java.util.Optional<PopulationBasis.Cover> cover) {
        return cover.orElseThrow().bands().stream()
                .map(PopulationBasis.Band::key)
                .toList();
    }
}
