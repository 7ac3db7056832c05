package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorCatalogIntegrationTests {

    @Autowired
    IndicatorCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesEveryPartOfADefinition() {
        IndicatorKey population = uniqueKey("bevoelkerung-unter-15");
        IndicatorKey recipients = uniqueKey("sgb2-unter-15");
        catalog.create(anIndicator(population).build());
        catalog.create(anIndicator(recipients).topic(Topic.SOCIAL_SECURITY).build());
        IndicatorDefinition rate = anIndicator(uniqueKey("sgb2-quote-unter-15"))
                .name("SGB-II-Quote der unter 15-Jährigen", "SGB II rate of children under 15")
                .ratio(recipients, population)
                .topic(Topic.SOCIAL_SECURITY)
                .lifeStages(LifeStage.KITA, LifeStage.PRIMARY_SCHOOL)
                .levels(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY)
                .confidentiality(3, 10)
                .tableCode("22811-02-02-4")
                .build();

        Indicator created = catalog.create(rate);

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.versionCreatedBy()).isEqualTo("system");
        assertThat(created.definition()).isEqualTo(rate);
        assertThat(catalog.find(rate.key())).contains(created);
        assertThat(created.definition().formula())
                .isEqualTo(new Formula.Ratio(recipients, population, new BigDecimal("100")));
    }

    @Test
    void storesAnExpressionAndAReferenceDateOfItsOwn() {
        IndicatorKey a = catalog.create(anIndicator(uniqueKey("hzl")).build()).key();
        IndicatorKey b = catalog.create(anIndicator(uniqueKey("grusi")).build()).key();
        IndicatorDefinition sum = new IndicatorDefinition(
                uniqueKey("mindestsicherung"),
                new LocalizedText("Empfänger von Mindestsicherungsleistungen", null),
                new LocalizedText("Mindestsicherung", null),
                "Summe der Empfänger von Hilfe zum Lebensunterhalt und Grundsicherung",
                null,
                new Formula.Expression("{" + a + "} + {" + b + "}"),
                "Anzahl",
                0,
                new IndicatorSource("Landkreis Peine, Sozialamt", null, null),
                null,
                null,
                ReferenceDateSemantics.other("Stichtag 15. Oktober"),
                null,
                Polarity.HIGHER_IS_WORSE,
                Topic.SOCIAL_SECURITY,
                null,
                IndicatorKind.PERFORMANCE_MEASURE,
                null);

        Indicator created = catalog.create(sum);

        assertThat(created.definition()).isEqualTo(sum);
        assertThat(created.definition().referenceDate().note()).isEqualTo("Stichtag 15. Oktober");
        assertThat(created.definition().levels()).isEmpty();
        assertThat(created.definition().confidentiality()).isEqualTo(ConfidentialityRule.NONE);
    }

    @Test
    void rejectsAFormulaOverIndicatorsThatAreNotInTheCatalogue() {
        IndicatorKey known =
                catalog.create(anIndicator(uniqueKey("bekannt")).build()).key();
        IndicatorKey unknown = uniqueKey("unbekannt");

        assertThatThrownBy(() -> catalog.create(
                        anIndicator(uniqueKey("quote")).ratio(known, unknown).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the catalogue: [" + unknown + "]");
        assertThatThrownBy(() -> catalog.create(anIndicator(uniqueKey("summe"))
                        .formula(new Formula.Expression("{" + known + "} + {" + unknown + "}"))
                        .build()))
                .hasMessageContaining(unknown.value());
    }

    @Test
    void rejectsASecondIndicatorWithTheSameKey() {
        IndicatorKey key = uniqueKey("doppelt");
        catalog.create(anIndicator(key).build());

        assertThatThrownBy(() -> catalog.create(anIndicator(key).build()))
                .isInstanceOf(IndicatorKeyTakenException.class)
                .hasMessageContaining(key.value());
    }

    @Test
    void createsANewVersionWhenTheDefinitionChanges() {
        IndicatorKey key = uniqueKey("bevoelkerung");
        Indicator first = catalog.create(anIndicator(key).build());

        Indicator second = catalog.update(
                key,
                first.revision(),
                anIndicator(key).definition("Einwohner am Ort der Hauptwohnung").build());

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.definition().definition()).isEqualTo("Einwohner am Ort der Hauptwohnung");
        assertThat(versions(first.id()))
                .containsExactly(
                        "1 closed Einwohnerinnen und Einwohner mit Hauptwohnsitz am Stichtag",
                        "2 open Einwohner am Ort der Hauptwohnung");
    }

    @Test
    void keepsTheVersionWhenOnlyNamesAndNotesChange() {
        IndicatorKey key = uniqueKey("bevoelkerung");
        Indicator first = catalog.create(anIndicator(key).build());

        Indicator renamed = catalog.update(
                key,
                first.revision(),
                anIndicator(key)
                        .name("Einwohner", "Inhabitants")
                        .interpretation("Neu")
                        .build());

        assertThat(renamed.version()).isEqualTo(1);
        assertThat(renamed.revision()).isEqualTo(2);
        assertThat(renamed.definition().name().de()).isEqualTo("Einwohner");
        assertThat(versions(first.id())).hasSize(1);
    }

    @Test
    void changesNothingWhenTheDefinitionIsTheSame() {
        IndicatorKey key = uniqueKey("bevoelkerung");
        Indicator first = catalog.create(anIndicator(key).build());

        Indicator same = catalog.update(key, first.revision(), anIndicator(key).build());

        assertThat(same).isEqualTo(first);
        assertThat(auditActions(key)).containsExactly("INDICATOR_CREATED");
    }

    @Test
    @WithMockUser(username = "planerin")
    void refusesAStaleUpdateAndNamesWhoChangedWhat() {
        IndicatorKey key = uniqueKey("bevoelkerung");
        Indicator read = catalog.create(anIndicator(key).build());
        catalog.update(
                key, read.revision(), anIndicator(key).name("Einwohner", null).build());

        assertThatThrownBy(() -> catalog.update(
                        key, read.revision(), anIndicator(key).unit("Tsd.").build()))
                .isInstanceOfSatisfying(StaleIndicatorException.class, e -> {
                    assertThat(e.expectedRevision()).isEqualTo(1);
                    assertThat(e.actualRevision()).isEqualTo(2);
                    assertThat(e.changes()).singleElement().satisfies(change -> {
                        assertThat(change.changedBy()).isEqualTo("planerin");
                        assertThat(change.fields()).containsExactly("name");
                    });
                })
                .hasMessageContaining("changed since revision 1 (now revision 2)")
                .hasMessageContaining("by planerin")
                .hasMessageContaining("changed name");
        assertThat(catalog.get(key).definition().unit()).isEqualTo("Anzahl");
    }

    @Test
    void refusesToChangeTheKeyOrAnUnknownIndicator() {
        IndicatorKey key = uniqueKey("bevoelkerung");
        Indicator read = catalog.create(anIndicator(key).build());
        IndicatorKey other = uniqueKey("einwohner");

        assertThatThrownBy(() ->
                        catalog.update(key, read.revision(), anIndicator(other).build()))
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> catalog.update(other, 1, anIndicator(other).build()))
                .isInstanceOf(UnknownIndicatorException.class);
    }

    @Test
    @WithMockUser(username = "planerin")
    void recordsEveryChangeInTheAuditTrail() {
        IndicatorKey key = uniqueKey("bevoelkerung");
        Indicator first = catalog.create(anIndicator(key).build());
        Indicator renamed = catalog.update(
                key, first.revision(), anIndicator(key).name("Einwohner", null).build());
        catalog.update(
                key,
                renamed.revision(),
                anIndicator(key).name("Einwohner", null).unit("Tsd.").build());

        assertThat(auditActions(key))
                .containsExactly("INDICATOR_CREATED", "INDICATOR_UPDATED", "INDICATOR_VERSION_CREATED");
        assertThat(jdbc.sql("""
                        SELECT actor || ' ' || (details ->> 'version') || ' ' || (details -> 'changed' ->> 0)
                          FROM audit_event WHERE entity_type = 'indicator' AND entity_key = ? AND details -> 'changed' IS NOT NULL
                         ORDER BY id""").param(key.value()).query(String.class).list())
                .containsExactly("planerin 1 name", "planerin 2 unit");
    }

    @Test
    void listsIndicatorsByTopicLifeStageLevelAndText() {
        String marker = uniqueKey("liste").value();
        IndicatorKey kita = catalog.create(anIndicator(uniqueKey("betreuungsquote-3-bis-6"))
                        .name("Betreuungsquote 3 bis 6 " + marker, null)
                        .topic(Topic.CHILDREN_YOUTH_FAMILY)
                        .lifeStages(LifeStage.KITA)
                        .levels(TerritoryLevel.COUNTY)
                        .build())
                .key();
        IndicatorKey old = catalog.create(anIndicator(uniqueKey("anteil-80-plus"))
                        .name("Anteil 80 und älter " + marker, null)
                        .lifeStages(LifeStage.OLDER_PEOPLE)
                        .levels(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY)
                        .build())
                .key();

        assertThat(keys(new IndicatorFilter(null, null, null, marker.toUpperCase())))
                .containsExactly(old, kita);
        assertThat(keys(new IndicatorFilter(Topic.CHILDREN_YOUTH_FAMILY, null, null, marker)))
                .containsExactly(kita);
        assertThat(keys(new IndicatorFilter(null, LifeStage.OLDER_PEOPLE, null, marker)))
                .containsExactly(old);
        assertThat(keys(new IndicatorFilter(null, null, TerritoryLevel.MUNICIPALITY, marker)))
                .containsExactly(old);
        assertThat(keys(new IndicatorFilter(Topic.HOUSING, null, null, marker))).isEmpty();
        assertThat(keys(new IndicatorFilter(null, null, null, kita.value()))).containsExactly(kita);
        assertThat(keys(new IndicatorFilter(null, null, null, "%"))).doesNotContain(kita, old);
        assertThat(catalog.list(IndicatorFilter.all()))
                .extracting(Indicator::key)
                .contains(kita, old);
    }

    private List<IndicatorKey> keys(IndicatorFilter filter) {
        return catalog.list(filter).stream().map(Indicator::key).toList();
    }

    private List<String> versions(long indicatorId) {
        return jdbc.sql("""
                        SELECT version || ' ' || CASE WHEN valid_to IS NULL THEN 'open' ELSE 'closed' END || ' '
                               || definition
                          FROM indicator_version WHERE indicator_id = ? ORDER BY version""").param(indicatorId).query(String.class).list();
    }

    private List<String> auditActions(IndicatorKey key) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'indicator' AND entity_key = ? ORDER BY id")
                .param(key.value())
                .query(String.class)
                .list();
    }
}
