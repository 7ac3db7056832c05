package de.lotse.directory.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coverage analysis on a constructed fixture in Landkreis Lüchow-Dannenberg: own category and target-group terms
 * (so other tests' services never count), a municipality with a school and a counselling centre with weekly hours, one
 * with a Kita without hours, and the rest without any place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CoverageAnalysisIntegrationTests {

    private final CoverageAnalysis analysis;
    private final CoverageTerms terms;
    private final MunicipalityCentres centres;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final MockMvc mvc;

    private Territory county;
    private Territory withHours;
    private Territory kitaOnly;
    private Territory oneDateOnly;
    private String category;
    private String audience;
    private UUID school;
    private MunicipalityCentres.Centre centre;

    @Autowired
    CoverageAnalysisIntegrationTests(
            CoverageAnalysis analysis,
            CoverageTerms terms,
            MunicipalityCentres centres,
            Territories territories,
            JdbcClient jdbc,
            Organisations organisations,
            MockMvc mvc) {
        this.analysis = analysis;
        this.terms = terms;
        this.centres = centres;
        this.territories = territories;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.mvc = mvc;
    }

    @BeforeEach
    void fixture() {
        county = territories.find("03354").orElseThrow();
        List<Territory> municipalities = territories.children(county, TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::hasBoundary)
                .sorted(java.util.Comparator.comparing(Territory::name))
                .toList();
        withHours = municipalities.get(0);
        kitaOnly = municipalities.get(1);
        oneDateOnly = municipalities.get(2);
        centre = centres.of(withHours).orElseThrow();

        CoverageFixture f = new CoverageFixture(jdbc, organisations);
        category = f.term(CoverageTerms.CATEGORIES, "abdeckung", null, null);
        audience = f.term(CoverageTerms.AUDIENCES, "kinder", 6, 13);

        UUID schoolPlace =
                f.location("Grundschule Test", "SCHOOL", withHours.id(), centre.latitude(), centre.longitude());
        UUID office = f.location("Beratungsstelle Test", "COUNSELLING_CENTRE", withHours.id(), null, null);
        UUID kita = f.location("Kita Test", "KITA", kitaOnly.id(), null, null);
        school = f.service("Erziehungsberatung Test", "Beratung für Familien", category, audience);
        UUID atSchool = f.site(school, schoolPlace);
        f.weekly(atSchool, "TU", "14:00", "16:00");
        UUID atOffice = f.site(school, office);
        f.weekly(atOffice, "MO,WE", "09:00", "12:00");
        UUID other = f.service("Kita-Sprechstunde Test", "Sprechstunde in der Kita", category);
        f.site(other, kita);
        UUID familyCentre = f.location("Familienzentrum Test", "FAMILY_CENTRE", oneDateOnly.id(), null, null);
        UUID once = f.service("Einmaliger Termin Test", null, category);
        f.oneOff(f.site(once, familyCentre), java.time.LocalDate.now().plusDays(1), "10:00", "12:00");
    }

    private CoverageReport.Row row(CoverageReport report, Territory m) {
        return report.rows().stream()
                .filter(r -> r.municipality().id() == m.id())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void countsServicesHoursAndDecentralHoursPerMunicipality() {
        CoverageReport report = analysis.analyse(county, term(CoverageTerms.CATEGORIES, category), null, "de");

        CoverageReport.Row a = row(report, withHours);
        assertThat(a.services()).isEqualTo(1);
        assertThat(a.sites()).isEqualTo(2);
        // school: 2 h on Tuesdays; office: 3 h on Mondays and Wednesdays (ConsultationCalendar.weeklyHours)
        assertThat(a.decentralHours()).isCloseTo(2, within(1e-9));
        assertThat(a.weeklyHours()).isCloseTo(8, within(1e-9));
        assertThat(a.ruleMet()).isTrue();
        assertThat(a.ruleFacilities()).singleElement().satisfies(fac -> {
            assertThat(fac.locationName()).isEqualTo("Grundschule Test");
            assertThat(fac.facilityType()).isEqualTo("SCHOOL");
        });
        assertThat(a.servicesByCategory()).containsEntry(category, 1);

        CoverageReport.Row b = row(report, kitaOnly);
        assertThat(b.services()).isEqualTo(1);
        assertThat(b.weeklyHours()).isZero();
        assertThat(b.ruleMet()).as("a Kita without fixed hours is a gap").isFalse();

        assertThat(row(report, oneDateOnly).ruleMet())
                .as("a single date is no fixed consultation hour")
                .isFalse();

        assertThat(report.rows()).hasSize((int) territories.children(county, TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .count());
        assertThat(report.gaps()).contains(b).doesNotContain(a);
        assertThat(report.rows().stream().filter(r -> r.services() == 0))
                .as("a municipality without any facility is a gap")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.ruleMet()).isFalse());
        assertThat(report.municipalitiesMeetingRule()).isEqualTo(1);
    }

    @Test
    void statesThePopulationBasisPerRow() {
        // without monitoring values (not loaded in tests) the age group falls back to the total population
        CoverageReport report = analysis.analyse(
                county, term(CoverageTerms.CATEGORIES, category), term(CoverageTerms.AUDIENCES, audience), "de");
        CoverageReport.Row a = row(report, withHours);
        assertThat(a.basis().kind()).isEqualTo(PopulationBasis.Kind.TOTAL_POPULATION);
        assertThat(a.basis().fallback())
                .as("stands in for the missing age data")
                .isTrue();
        long population = territories.populationHistory(withHours).getLast().population();
        assertThat(a.basis().population()).isEqualTo(population);
        assertThat(a.hoursPer1000()).isCloseTo(a.weeklyHours() * 1000 / population, within(1e-9));
    }

    @Test
    void measuresTheStraightLineToTheNearestOffer() {
        CoverageReport report = analysis.analyse(county, term(CoverageTerms.CATEGORIES, category), null, "de");
        // coordinates are stored with 6 decimals (about 0.1 m): the place at the centre is 0 km away up to that
        assertThat(row(report, withHours).nearest().distanceKm()).isCloseTo(0, within(0.001));
        CoverageReport.Row b = row(report, kitaOnly);
        MunicipalityCentres.Centre c = centres.of(kitaOnly).orElseThrow();
        assertThat(b.nearest().serviceId()).isEqualTo(school);
        assertThat(b.nearest().distanceKm())
                .isCloseTo(
                        MunicipalityCentres.distanceKm(
                                c.latitude(), c.longitude(), centre.latitude(), centre.longitude()),
                        within(0.001))
                .isPositive();
    }

    @Test
    void theApiAnswersPubliclyWithTheBasisAndTheGaps() throws Exception {
        mvc.perform(get("/api/v1/directory/coverage")
                        .param("county", "03354")
                        .param("category", category)
                        .param("audience", audience))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.county.key").value("03354"))
                .andExpect(jsonPath("$.summary.municipalitiesMeetingRule").value(1))
                .andExpect(jsonPath("$.municipalities[?(@.territory.key == '" + withHours.key() + "')].ruleMet")
                        .value(true))
                .andExpect(jsonPath("$.municipalities[?(@.territory.key == '" + withHours.key()
                                + "')].populationBasis.kind")
                        .value("TOTAL_POPULATION"))
                .andExpect(jsonPath("$.municipalities[?(@.territory.key == '" + withHours.key()
                                + "')].populationBasis.fallback")
                        .value(true))
                .andExpect(jsonPath("$.municipalities[?(@.territory.key == '" + kitaOnly.key() + "')].ruleMet")
                        .value(false));
        mvc.perform(get("/api/v1/directory/coverage").param("category", "gibt-es-nicht"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/directory/coverage").param("county", "99999")).andExpect(status().isNotFound());
    }

    private CoverageTerms.Term term(String taxonomy, String code) {
        return terms.find(taxonomy, code, "de").orElseThrow();
    }
}
