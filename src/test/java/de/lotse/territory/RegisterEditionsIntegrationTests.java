package de.lotse.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports every GV100AD edition in ../shared/data one after the other into an empty database. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lotse.territory.load-bundled-data=false")
@AutoConfigureMockMvc
class RegisterEditionsIntegrationTests {

    @Autowired
    TerritoryImporter importer;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void followsTerritorialReformsAcrossEditionsWithoutDeletingAnything() {
        TerritoryImportReport first = commit("gemeinden/GV100AD_31122022.txt");
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(first.recordsRead());
        assertThat(first.closed()).isZero();
        assertThat(first.populationDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        long unitsAfterFirst = countUnits();

        TerritoryImportReport second = commit("gemeinden/GV100AD_30112023.txt");
        assertThat(second.errors()).isEmpty();
        assertThat(second.scope().kind()).isEqualTo("COMPLETE");
        assertThat(second.scope().states()).isEqualTo(16);
        assertThat(second.closed()).isPositive();
        assertThat(second.created()).isPositive();
        // the 2023 edition carries the population of 31.12.2022 again: nothing new for that date
        assertThat(second.populationDate()).isEqualTo(LocalDate.of(2022, 12, 31));

        TerritoryImportReport third = commit("gemeinden/GV100AD_30112025.txt");
        assertThat(third.errors()).isEmpty();
        assertThat(third.closed()).isPositive();
        assertThat(third.changed()).isPositive();
        assertThat(third.populationDate()).isEqualTo(LocalDate.of(2024, 12, 31));

        // nothing was deleted: every unit ever created is still there, the vanished ones closed
        long closedUnits = jdbc.sql("SELECT count(*) FROM territory WHERE valid_to IS NOT NULL")
                .query(Long.class)
                .single();
        assertThat(countUnits()).isEqualTo(unitsAfterFirst + second.created() + third.created());
        assertThat(closedUnits).isGreaterThanOrEqualTo(second.closed());
        assertThat(third.changes()).filteredOn(c -> c.kind().equals("CLOSED")).allSatisfy(c -> assertThat(c.fields())
                .containsExactly(new TerritoryImportReport.FieldChange("validTo", null, "2025-11-30")));

        // older reference dates are kept next to the new one
        Territory peine = territories.find("03157").orElseThrow();
        assertThat(territories.populationHistory(peine))
                .extracting(PopulationFigure::referenceDate)
                .containsExactly(LocalDate.of(2022, 12, 31), LocalDate.of(2024, 12, 31));
        assertThat(peine.population().population()).isEqualTo(137_045);

        // a closed unit is still found, with its validity end
        String closedKey = third.changes().stream()
                .filter(c -> c.kind().equals("CLOSED") && c.level() == TerritoryLevel.MUNICIPALITY)
                .findFirst()
                .orElseThrow()
                .key();
        Territory closed = territories
                .find(new TerritoryKey(closedKey), TerritoryLevel.MUNICIPALITY)
                .orElseThrow();
        assertThat(closed.validTo()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(closed.isCurrent()).isFalse();

        // an older edition afterwards only contributes population figures
        TerritoryImportReport older = commit("gemeinden/GV100AD_31122022.txt");
        assertThat(older.errors()).isEmpty();
        assertThat(older.created()).isZero();
        assertThat(older.closed()).isZero();
        assertThat(older.changed()).isZero();
        assertThat(older.scope().olderThan()).isEqualTo(LocalDate.of(2025, 11, 30));
    }

    private TerritoryImportReport commit(String file) {
        return importer.importFile(
                file.substring(file.indexOf('/') + 1), SharedData.file(file), ImportOptions.commit());
    }

    private long countUnits() {
        return jdbc.sql("SELECT count(*) FROM territory").query(Long.class).single();
    }
}
