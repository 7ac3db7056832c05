package de.lotse.directory;

import static de.lotse.directory.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.indicator.LifeStage;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Places (point in polygon, chosen municipality, validation, stale updates) and the taxonomy read side. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@WithMockUser(username = "planerin", roles = "PLANNER")
class DirectoryLocationsIntegrationTests {

    private final DirectoryLocations locations;
    private final DirectoryTaxonomy taxonomy;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Autowired
    DirectoryLocationsIntegrationTests(
            DirectoryLocations locations, DirectoryTaxonomy taxonomy, Territories territories, JdbcClient jdbc) {
        this.locations = locations;
        this.taxonomy = taxonomy;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    @Test
    void findsTheMunicipalityOfAPoint() {
        assertThat(locations.municipalityAt(new BigDecimal("52.3215"), new BigDecimal("10.2329")))
                .map(t -> t.ags().value())
                .contains("03157006");
        // Hohenhameln
        assertThat(locations.municipalityAt(new BigDecimal("52.2570"), new BigDecimal("10.0660")))
                .map(Territory::name)
                .contains("Hohenhameln");
        // the North Sea has no municipality
        assertThat(locations.municipalityAt(new BigDecimal("54.5"), new BigDecimal("7.0")))
                .isEmpty();
    }

    @Test
    void assignsFromCoordinatesOrKeepsAChosenMunicipality() {
        StoredLocation automatic = locations.create(DirectoryTestData.school("Schule automatisch"), "planerin");
        assertThat(automatic.territoryAssignment()).isEqualTo(TerritoryAssignment.POINT_IN_POLYGON);
        long peineTown = automatic.territoryId();

        Territory lengede = territories.find("03157005").orElseThrow();
        StoredLocation chosen = locations.create(
                with(DirectoryTestData.school("Schule gewählt"), "territoryId", lengede.id()), "planerin");
        assertThat(chosen.territoryAssignment()).isEqualTo(TerritoryAssignment.CHOSEN);
        assertThat(chosen.territoryId()).isEqualTo(lengede.id());

        // saving the stored content again keeps the automatic assignment and follows moved coordinates
        LocationDraft moved = with(automatic.content(), "latitude", new BigDecimal("52.2570"));
        moved = with(moved, "longitude", new BigDecimal("10.0660"));
        StoredLocation updated = locations.update(automatic.id(), 1, moved, "planerin");
        assertThat(updated.territoryAssignment()).isEqualTo(TerritoryAssignment.POINT_IN_POLYGON);
        assertThat(updated.territoryId()).isNotEqualTo(peineTown);
        assertThat(updated.content().phones()).hasSize(1);
    }

    @Test
    void refusesInvalidPlacesAndStaleChanges() {
        Territory county = territories.find("03157").orElseThrow();
        LocationDraft bad = with(DirectoryTestData.school(" "), "territoryId", county.id());
        bad = with(bad, "facilityType", null);
        bad = with(bad, "latitude", new BigDecimal("60.0"));
        LocationDraft invalid = bad;
        assertThatThrownBy(() -> locations.create(invalid, "planerin"))
                .isInstanceOfSatisfying(InvalidServiceException.class, e -> assertThat(e.problems())
                        .extracting(DirectoryProblem::path)
                        .containsExactlyInAnyOrder("name", "facilityType", "latitude", "territoryId"));

        StoredLocation place = locations.create(DirectoryTestData.school("Schule alt"), "planerin");
        locations.update(place.id(), 1, with(place.content(), "name", "Schule neu"), "kollege");
        assertThatThrownBy(() -> locations.update(place.id(), 1, place.content(), "planerin"))
                .isInstanceOfSatisfying(StaleServiceException.class, e -> {
                    assertThat(e.changes())
                            .extracting(StaleServiceException.Change::field)
                            .containsExactly("name");
                    assertThat(e.changedBy()).containsExactly("kollege");
                });
    }

    @Test
    void readsTermsWithLabelsMappingsAndLifeStages() {
        String field = DirectoryTestData.term(jdbc, Taxonomy.FIELDS_OF_ACTION, "Testfeld");
        String code = DirectoryTestData.term(jdbc, Taxonomy.CATEGORIES, "Testkategorie");
        TaxonomyTerm term = taxonomy.findTerm(Taxonomy.CATEGORIES, code).orElseThrow();
        TaxonomyTerm fieldTerm =
                taxonomy.findTerm(Taxonomy.FIELDS_OF_ACTION, field).orElseThrow();
        jdbc.sql("INSERT INTO directory_taxonomy_term_label (term_id, lang, name) VALUES (?, 'en', 'Test category')")
                .param(term.id())
                .update();
        jdbc.sql("INSERT INTO directory_term_mapping (term_id, mapped_term_id) VALUES (?, ?)")
                .params(term.id(), fieldTerm.id())
                .update();
        jdbc.sql("INSERT INTO directory_term_life_stage (term_id, life_stage) VALUES (?, 'OLDER_PEOPLE'), (?, 'KITA')")
                .params(term.id(), term.id())
                .update();

        TaxonomyTerm read = taxonomy.terms(Taxonomy.CATEGORIES).stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(read.label("en")).isEqualTo("Test category");
        assertThat(read.label("tr")).isEqualTo("Testkategorie");
        assertThat(taxonomy.mappedFieldsOfAction(read))
                .extracting(TaxonomyTerm::code)
                .containsExactly(field);
        assertThat(taxonomy.lifeStages(read)).containsExactly(LifeStage.KITA, LifeStage.OLDER_PEOPLE);
        assertThat(taxonomy.taxonomies()).extracting(Taxonomy::key).contains(Taxonomy.CATEGORIES);
        assertThat(taxonomy.findTerm(Taxonomy.CATEGORIES, "gibt-es-nicht")).isEmpty();
        assertThat(taxonomy.terms("unbekannt")).isEqualTo(List.of());
    }
}
