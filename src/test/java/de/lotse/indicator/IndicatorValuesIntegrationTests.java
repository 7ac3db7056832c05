package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorValuesIntegrationTests {

    private static final Period END_2015 = Period.parse("31.12.2015");

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Autowired
    IndicatorValuesIntegrationTests(
            IndicatorCatalog catalog, IndicatorValues values, Territories territories, JdbcClient jdbc) {
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    @Test
    void writesNewValuesAndReadsThemBack() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        Territory peine = peine();

        WriteReport report = values.write(List.of(new NewValue(
                key,
                peine.id(),
                END_2015,
                new BigDecimal("132891"),
                null,
                QualityFlag.FINAL,
                Provenance.fileLine("12411-01-01-4.csv", 17))));

        assertThat(report).isEqualTo(new WriteReport(1, 0, 0));
        assertThat(values.find(key, peine.id(), END_2015)).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualByComparingTo("132891");
            assertThat(v.indicatorVersion()).isEqualTo(1);
            assertThat(v.quality()).isEqualTo(QualityFlag.FINAL);
            assertThat(v.provenance()).isEqualTo(new Provenance(null, "12411-01-01-4.csv", 17));
            assertThat(v.recordedBy()).isEqualTo("system");
            assertThat(v.recordedAt()).isNotNull();
        });
    }

    @Test
    void writesNothingWhenTheSameValueComesAgain() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        long peine = peine().id();
        values.write(List.of(NewValue.of(key, peine, END_2015, new BigDecimal("132891"))));

        WriteReport again = values.write(List.of(NewValue.of(key, peine, END_2015, new BigDecimal("132891.0"))
                .from(Provenance.fileLine("next-year.csv", 3))));

        assertThat(again).isEqualTo(new WriteReport(0, 0, 1));
        assertThat(values.revisions(key, peine, END_2015)).isEmpty();
        assertThat(values.find(key, peine, END_2015).orElseThrow().provenance().sourceFile())
                .as("the first source stays")
                .isNull();
        assertThat(valueAuditCount(key)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "statistiker")
    void keepsTheFormerValueWhenACorrectedOneArrives() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        long peine = peine().id();
        values.write(List.of(new NewValue(
                key,
                peine,
                END_2015,
                new BigDecimal("132891"),
                null,
                QualityFlag.PROVISIONAL,
                Provenance.fileLine("vorlaeufig.csv", 12))));

        WriteReport corrected = values.write(List.of(new NewValue(
                key,
                peine,
                END_2015,
                new BigDecimal("132900"),
                null,
                QualityFlag.FINAL,
                Provenance.fileLine("endgueltig.csv", 14))));

        assertThat(corrected).isEqualTo(new WriteReport(0, 1, 0));
        assertThat(values.find(key, peine, END_2015).orElseThrow().value()).isEqualByComparingTo("132900");
        assertThat(values.revisions(key, peine, END_2015)).singleElement().satisfies(revision -> {
            assertThat(revision.value().value()).isEqualByComparingTo("132891");
            assertThat(revision.value().quality()).isEqualTo(QualityFlag.PROVISIONAL);
            assertThat(revision.value().provenance().sourceFile()).isEqualTo("vorlaeufig.csv");
            assertThat(revision.value().provenance().sourceLine()).isEqualTo(12);
            assertThat(revision.value().recordedBy()).isEqualTo("statistiker");
            assertThat(revision.value().recordedAt()).isNotNull();
            assertThat(revision.supersededBy()).isEqualTo("statistiker");
            assertThat(revision.supersededAt())
                    .isAfterOrEqualTo(revision.value().recordedAt());
        });
    }

    @Test
    void keepsEveryFormerValueOfACellNewestFirst() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        long peine = peine().id();
        for (String value : List.of("1", "2", "3")) {
            values.write(List.of(NewValue.of(key, peine, END_2015, new BigDecimal(value))));
        }

        assertThat(values.revisions(key, peine, END_2015))
                .extracting(r -> r.value().value().toPlainString())
                .containsExactly("2", "1");
    }

    @Test
    void storesStatusSymbolsWithAndWithoutNumbers() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        List<Territory> municipalities = municipalitiesOfPeine();
        List<NewValue> batch = List.of(
                NewValue.symbol(key, municipalities.get(0).id(), END_2015, StatusSymbol.NOTHING),
                new NewValue(
                        key,
                        municipalities.get(1).id(),
                        END_2015,
                        BigDecimal.TWO,
                        StatusSymbol.UNKNOWN_OR_SECRET,
                        null,
                        null),
                NewValue.symbol(key, municipalities.get(2).id(), END_2015, StatusSymbol.NOT_MEANINGFUL),
                NewValue.symbol(key, municipalities.get(3).id(), END_2015, StatusSymbol.TOO_UNCERTAIN),
                NewValue.symbol(key, municipalities.get(4).id(), END_2015, StatusSymbol.NOT_YET_AVAILABLE));

        values.write(batch);

        List<StoredValue> stored = values.crossSection(
                key,
                END_2015,
                municipalities.subList(0, 5).stream().map(Territory::id).toList());
        assertThat(stored)
                .extracting(StoredValue::status)
                .containsExactly(
                        StatusSymbol.NOTHING,
                        StatusSymbol.UNKNOWN_OR_SECRET,
                        StatusSymbol.NOT_MEANINGFUL,
                        StatusSymbol.TOO_UNCERTAIN,
                        StatusSymbol.NOT_YET_AVAILABLE);
        assertThat(stored).extracting(StoredValue::value).containsExactly(null, new BigDecimal("2"), null, null, null);
        assertThat(values.write(List.of(NewValue.of(key, municipalities.get(4).id(), END_2015, BigDecimal.TEN))))
                .as("the figure that was not yet available arrives")
                .isEqualTo(new WriteReport(0, 1, 0));
        assertThat(values.revisions(key, municipalities.get(4).id(), END_2015))
                .singleElement()
                .extracting(r -> r.value().status())
                .isEqualTo(StatusSymbol.NOT_YET_AVAILABLE);
    }

    @Test
    void writesNothingOfABatchWithOneInvalidValue() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        Territory peine = peine();
        Territory niedersachsen = territories.find("03").orElseThrow();
        List<NewValue> batch = new ArrayList<>();
        for (int year = 2001; year <= 2016; year++) {
            batch.add(NewValue.of(key, peine.id(), Period.year(year), BigDecimal.valueOf(year))
                    .from(Provenance.fileLine("bevoelkerung.csv", year - 1990)));
        }
        batch.add(NewValue.of(key, niedersachsen.id(), Period.year(2015), BigDecimal.ONE)
                .from(Provenance.fileLine("bevoelkerung.csv", 99)));
        batch.add(NewValue.of(uniqueKey("unbekannt"), peine.id(), Period.year(2015), BigDecimal.ONE));
        batch.add(NewValue.of(key, peine.id(), Period.year(2015), BigDecimal.ONE));
        batch.add(NewValue.of(key, Long.MAX_VALUE, Period.year(2015), BigDecimal.ONE));

        assertThatThrownBy(() -> values.write(batch))
                .isInstanceOfSatisfying(InvalidValuesException.class, e -> assertThat(e.problems())
                        .extracting(InvalidValuesException.Problem::index)
                        .containsExactly(16, 17, 18, 19))
                .hasMessageContaining("4 of the values cannot be written, so none is")
                .hasMessageContaining("line 99: indicator '" + key + "' has no values for the level STATE")
                .hasMessageContaining("there is no indicator 'unbekannt-")
                .hasMessageContaining("two values of '" + key + "' for Peine in 2015")
                .hasMessageContaining("no territory with id " + Long.MAX_VALUE);
        assertThat(values.timeSeries(key, peine.id())).isEmpty();
    }

    @Test
    void rollsBackTheWholeBatchWhenTheDatabaseRefusesAValue() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        long indicatorId = catalog.get(key).id();
        long peine = peine().id();
        String trigger = "refuse_" + indicatorId;
        jdbc.sql("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS"
                        + " 'BEGIN RAISE EXCEPTION ''refused for the test''; END'")
                .update();
        jdbc.sql("CREATE TRIGGER " + trigger + " BEFORE INSERT ON indicator_value FOR EACH ROW WHEN"
                        + " (NEW.indicator_id = " + indicatorId + " AND NEW.period = '2016') EXECUTE FUNCTION "
                        + trigger + "()")
                .update();
        try {
            List<NewValue> batch = List.of(
                    NewValue.of(key, peine, Period.year(2014), BigDecimal.ONE),
                    NewValue.of(key, peine, Period.year(2015), BigDecimal.TWO),
                    NewValue.of(key, peine, Period.year(2016), BigDecimal.TEN));

            assertThatThrownBy(() -> values.write(batch)).hasMessageContaining("refused for the test");
            assertThat(values.timeSeries(key, peine)).isEmpty();
            assertThat(valueAuditCount(key)).isZero();
        } finally {
            jdbc.sql("DROP TRIGGER " + trigger + " ON indicator_value").update();
            jdbc.sql("DROP FUNCTION " + trigger + "()").update();
        }
    }

    @Test
    void allowsOneValuePerIndicatorTerritoryAndPeriod() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        Indicator indicator = catalog.get(key);
        long peine = peine().id();
        values.write(List.of(NewValue.of(key, peine, END_2015, BigDecimal.ONE)));

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO indicator_value (indicator_id, indicator_version, territory_id, period, period_kind,
                                                     period_start, period_end, value, recorded_by)
                        VALUES (?, 1, ?, '2015-12-31', 'REFERENCE_DATE', DATE '2015-12-31', DATE '2015-12-31', 2, 'test')
                        """).params(indicator.id(), peine).update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void storesValuesWithTheVersionOfTheDefinitionTheyWereWrittenWith() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        long peine = peine().id();
        values.write(List.of(NewValue.of(key, peine, Period.year(2014), BigDecimal.ONE)));
        Indicator indicator = catalog.get(key);
        catalog.update(key, indicator.revision(), anIndicator(key).unit("Tsd.").build());

        WriteReport report = values.write(List.of(
                NewValue.of(key, peine, Period.year(2014), BigDecimal.ONE),
                NewValue.of(key, peine, Period.year(2015), BigDecimal.TWO)));

        assertThat(report)
                .as("the same figure under a new definition is a change")
                .isEqualTo(new WriteReport(1, 1, 0));
        assertThat(values.timeSeries(key, peine))
                .extracting(StoredValue::indicatorVersion)
                .containsExactly(2, 2);
        assertThat(values.revisions(key, peine, Period.year(2014)))
                .singleElement()
                .extracting(r -> r.value().indicatorVersion())
                .isEqualTo(1);
    }

    @Test
    void readsTheTimeSeriesOfOneTerritoryFromOldToNew() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        long peine = peine().id();
        long ilsede = municipalitiesOfPeine().get(0).id();
        values.write(List.of(
                NewValue.of(key, peine, Period.parse("31.12.2016"), new BigDecimal("133965")),
                NewValue.of(key, peine, Period.parse("31.12.2014"), new BigDecimal("130788")),
                NewValue.of(key, ilsede, Period.parse("31.12.2015"), new BigDecimal("21787")),
                NewValue.of(key, peine, Period.parse("31.12.2015"), new BigDecimal("132891"))));

        assertThat(values.timeSeries(key, peine))
                .extracting(v -> v.period() + "=" + v.value().toPlainString())
                .containsExactly("2014-12-31=130788", "2015-12-31=132891", "2016-12-31=133965");
        assertThat(values.timeSeries(
                        key, territories.find("03354").orElseThrow().id()))
                .isEmpty();
    }

    @Test
    void readsTheCrossSectionOfOnePeriodInTheOrderOfTheTerritories() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        List<Territory> municipalities = municipalitiesOfPeine();
        List<NewValue> batch = new ArrayList<>();
        for (int i = 0; i < municipalities.size(); i++) {
            long id = municipalities.get(i).id();
            batch.add(NewValue.of(key, id, END_2015, BigDecimal.valueOf(1000 + i)));
            batch.add(NewValue.of(key, id, Period.parse("31.12.2016"), BigDecimal.valueOf(2000 + i)));
        }
        values.write(batch);
        List<Long> asked = new ArrayList<>(
                municipalities.stream().map(Territory::id).toList().reversed());
        asked.add(peine().id());

        List<StoredValue> section = values.crossSection(key, END_2015, asked);

        assertThat(section).hasSize(municipalities.size());
        assertThat(section)
                .extracting(StoredValue::territoryId)
                .containsExactlyElementsOf(asked.subList(0, municipalities.size()));
        assertThat(section).allSatisfy(v -> assertThat(v.period()).isEqualTo(END_2015));
        assertThat(section.getFirst().value())
                .isEqualByComparingTo(BigDecimal.valueOf(1000 + municipalities.size() - 1));
        assertThat(values.crossSection(key, END_2015, List.of())).isEmpty();
    }

    @Test
    void recordsWrittenValuesInTheAuditTrail() {
        IndicatorKey key = anIndicatorInTheCatalogue();
        long peine = peine().id();
        values.write(List.of(
                NewValue.of(key, peine, Period.year(2014), BigDecimal.ONE),
                NewValue.of(key, peine, Period.year(2015), BigDecimal.ONE)));
        values.write(List.of(NewValue.of(key, peine, Period.year(2014), BigDecimal.TWO)));

        assertThat(jdbc.sql("""
                        SELECT (details ->> 'created') || '/' || (details ->> 'changed') || '/' || (details ->> 'unchanged')
                          FROM audit_event WHERE action = 'INDICATOR_VALUES_WRITTEN' AND entity_key = ? ORDER BY id""").param(key.value()).query(String.class).list()).containsExactly("2/0/0", "0/1/0");
    }

    @Test
    void refusesToReadValuesOfAnUnknownIndicator() {
        assertThatThrownBy(() -> values.timeSeries(uniqueKey("unbekannt"), peine().id()))
                .isInstanceOf(UnknownIndicatorException.class);
    }

    private IndicatorKey anIndicatorInTheCatalogue() {
        return catalog.create(anIndicator(uniqueKey("bevoelkerung"))
                        .levels(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY)
                        .build())
                .key();
    }

    private Territory peine() {
        return territories.find("03157").orElseThrow();
    }

    private List<Territory> municipalitiesOfPeine() {
        List<Territory> municipalities = territories.children(peine(), TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
        assertThat(municipalities).hasSizeGreaterThanOrEqualTo(5);
        return municipalities;
    }

    private int valueAuditCount(IndicatorKey key) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'INDICATOR_VALUES_WRITTEN' AND entity_key = ?")
                .param(key.value())
                .query(Integer.class)
                .single();
    }
}
