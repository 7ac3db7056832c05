package de.lotse.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BundledTerritoriesIntegrationTests {

    @Autowired
    Territories territories;

    @Autowired
    TerritoryRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void loadsAllLaenderAndKreiseWithBoundaries() {
        assertThat(territories.states()).hasSize(16).allMatch(Territory::hasBoundary);
        List<Territory> counties = territories.allOfLevel(TerritoryLevel.COUNTY);
        assertThat(counties).hasSize(400).allMatch(Territory::hasBoundary).allMatch(t -> t.population() != null);
    }

    @Test
    void peineMunicipalitiesAddUpToTheOfficialTotal() {
        Territory peine = territories.find("03157").orElseThrow();
        List<Territory> municipalities = territories.children(peine, TerritoryLevel.MUNICIPALITY);

        assertThat(municipalities)
                .extracting(Territory::name)
                .containsExactlyInAnyOrder(
                        "Edemissen", "Hohenhameln", "Ilsede", "Lengede", "Peine, Stadt", "Vechelde", "Wendeburg");
        assertThat(sum(municipalities)).isEqualTo(137_045);
        assertThat(peine.population().population()).isEqualTo(137_045);
        assertThat(peine.population().referenceDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(municipalities).allMatch(Territory::hasBoundary);
    }

    @Test
    void luechowDannenbergMunicipalitiesAddUpToTheOfficialTotal() {
        Territory county = territories.find("03354").orElseThrow();
        List<Territory> municipalities = territories.children(county, TerritoryLevel.MUNICIPALITY);

        assertThat(municipalities).hasSize(29).allMatch(Territory::hasBoundary);
        assertThat(sum(municipalities)).isEqualTo(46_502);
        assertThat(territories.children(county, null))
                .extracting(Territory::name)
                .contains("Gartow", "Elbtalaue", "Lüchow (Wendland)");
    }

    @Test
    void hangsAreasOutsideAnyKreisBelowTheLandButKeepsBerlinAndHamburgBelowTheirKreis() {
        Territory coast = territories.find(new TerritoryKey("130009999"), null).orElseThrow();
        assertThat(coast.parentKey()).isEqualTo("13");

        Territory berlin = territories.find("11000").orElseThrow();
        assertThat(territories.children(berlin, TerritoryLevel.MUNICIPALITY))
                .extracting(Territory::name)
                .containsExactly("Berlin, Stadt");
        assertThat(territories.children(territories.find("02000").orElseThrow(), null))
                .isNotEmpty();
    }

    @Test
    void keepsUninhabitedUnincorporatedAreasWithPopulationZero() {
        Territory goehrde = territories.find("03354502").orElseThrow();

        assertThat(goehrde.level()).isEqualTo(TerritoryLevel.MUNICIPALITY);
        assertThat(goehrde.typeCode()).isEqualTo("66");
        assertThat(goehrde.population().population()).isZero();
        assertThat(goehrde.parentKey()).isEqualTo("033549502");
    }

    @Test
    void keepsSeveralReferenceDatesOfThePopulation() {
        Territory peineStadt = territories.find("03157006").orElseThrow();

        assertThat(territories.populationHistory(peineStadt))
                .extracting(PopulationFigure::referenceDate, PopulationFigure::population)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 12, 31), 50_461L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 5, 15), 50_276L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 12, 31), 51_411L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 12, 31), 51_521L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 12, 31), 50_987L));
        Territory peine = territories.find("03157").orElseThrow();
        assertThat(territories.populationHistory(peine)).hasSize(5);
    }

    @Test
    void findsUnitsByEveryKindOfKey() {
        assertThat(territories.find("03157006").orElseThrow().name()).isEqualTo("Peine, Stadt");
        assertThat(territories.find("031570006006").orElseThrow().level()).isEqualTo(TerritoryLevel.MUNICIPALITY);
        assertThat(territories.find("031570006").orElseThrow().level()).isEqualTo(TerritoryLevel.ASSOCIATION);
        assertThat(territories.find("03157000").orElseThrow().level()).isEqualTo(TerritoryLevel.COUNTY);
        assertThat(territories.find("03").orElseThrow().name()).isEqualTo("Niedersachsen");
        assertThat(territories.find("03157999")).isEmpty();
    }

    @Test
    void distinguishesAKreisfreieStadtFromItsMunicipalityByLevel() {
        Territory city =
                territories.find(new TerritoryKey("010010000000"), null).orElseThrow();
        Territory county = territories
                .find(new TerritoryKey("010010000000"), TerritoryLevel.COUNTY)
                .orElseThrow();

        assertThat(city.level()).isEqualTo(TerritoryLevel.MUNICIPALITY);
        assertThat(county.level()).isEqualTo(TerritoryLevel.COUNTY);
        assertThat(county.typeName()).isEqualTo("Kreisfreie Stadt");
        assertThat(city.ars()).isEqualTo(county.ars());
    }

    @Test
    void searchesByNameAndKeyPrefix() {
        assertThat(territories.search("vechel", 10)).extracting(Territory::key).contains("031570007007");
        assertThat(territories.search("03354", 200)).hasSizeGreaterThan(30);
        assertThat(territories.search("xyz-keine-gemeinde", 10)).isEmpty();
    }

    @Test
    void offersBoundariesAsGeoJson() {
        Territory peine = territories.find("03157").orElseThrow();

        var collection = territories.featureCollection(territories.children(peine, TerritoryLevel.MUNICIPALITY));

        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features")).hasSize(7);
        var first = collection.path("features").get(0);
        assertThat(first.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
        assertThat(first.path("properties").path("density").asDouble()).isPositive();
    }

    @Test
    void switchesTheHomeCountyByOneSetting() {
        Territories luechow = new Territories(repository, new TerritoryProperties("03354", true), json);

        assertThat(luechow.homeCounty().orElseThrow().name()).isEqualTo("Lüchow-Dannenberg");
        assertThat(territories.homeCounty().orElseThrow().name()).isEqualTo("Peine");
    }

    @Autowired
    BundledTerritoryData bundled;

    @Test
    void aSecondStartLoadsNothingAgain() {
        long imports = jdbc.sql("SELECT count(*) FROM territory_import")
                .query(Long.class)
                .single();
        long figures = jdbc.sql("SELECT count(*) FROM territory_population")
                .query(Long.class)
                .single();

        bundled.afterSingletonsInstantiated();

        assertThat(jdbc.sql("SELECT count(*) FROM territory_import")
                        .query(Long.class)
                        .single())
                .isEqualTo(imports);
        assertThat(jdbc.sql("SELECT count(*) FROM territory_population")
                        .query(Long.class)
                        .single())
                .isEqualTo(figures);
    }

    @Test
    void recordsTheBundledLoadOnce() {
        // other modules' bundled data (e.g. the planning documents, loaded by their own tests) have their own markers
        assertThat(jdbc.sql("SELECT count(*) FROM bundled_dataset WHERE name = ?")
                        .param(BundledTerritoryData.DATASET)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT DISTINCT file_name FROM territory_import WHERE imported_by = 'system'")
                        .query(String.class)
                        .list())
                .contains(
                        "GV100AD_30112025.txt",
                        "vg250_2023-12-31_bundeslaender_sim200_opendatalab.geojson",
                        "vg250_2023-12-31_landkreise_sim200_opendatalab.geojson",
                        "peine_luechow-dannenberg_gemeindeverbaende_DERIVED_dissolved.geojson",
                        "peine_luechow-dannenberg_gemeinden_vg250ew.geojson");
    }

    private static long sum(List<Territory> municipalities) {
        return municipalities.stream()
                .mapToLong(t -> t.population().population())
                .sum();
    }
}
