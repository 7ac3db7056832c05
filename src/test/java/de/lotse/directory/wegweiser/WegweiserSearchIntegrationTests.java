package de.lotse.directory.wegweiser;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.directory.DirectoryChanged;
import de.lotse.directory.wegweiser.WegweiserQuery.Filter;
import de.lotse.directory.wegweiser.WegweiserResult.WegweiserHit;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Wegweiser search on the real database: German analysis, typos, every filter, paging, index updates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WegweiserSearchIntegrationTests {

    private final WegweiserSearch search;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Territories territories;
    private WegweiserTestData data;
    private String marker;

    @Autowired
    WegweiserSearchIntegrationTests(
            WegweiserSearch search, JdbcClient jdbc, ApplicationEventPublisher events, Territories territories) {
        this.search = search;
        this.jdbc = jdbc;
        this.events = events;
        this.territories = territories;
    }

    @BeforeEach
    void freshData() {
        data = new WegweiserTestData(jdbc);
        marker = WegweiserTestData.randomWord(8);
    }

    @Test
    void aWordFindsTheCompoundsItIsPartOf() {
        UUID service = indexed(data.service("Erziehungsberatung " + marker));
        UUID debts = indexed(data.service("Schuldnerberatung " + marker));

        assertThat(ids(find("Erziehung " + marker))).contains(service).doesNotContain(debts);
        assertThat(ids(find("Beratung " + marker))).contains(service, debts);
    }

    @Test
    void debtsFindTheDebtCounsellingThroughSynonymsAndStemming() {
        UUID debts = indexed(data.service("Schuldnerberatung " + marker));
        UUID other = indexed(data.service("Seniorenberatung " + marker));

        assertThat(ids(find("Schulden " + marker))).containsExactly(debts);
        assertThat(ids(find("schuldnern " + marker))).containsExactly(debts);
        assertThat(ids(find("Senioren " + marker))).containsExactly(other);
    }

    @Test
    void kindertagesstaetteFindsAServiceThatSaysKita() {
        UUID kita = indexed(data.service("Sprechstunde " + marker).description("Wir beraten Eltern in der Kita."));
        UUID school = indexed(data.service("Sprechstunde " + marker).description("Wir beraten in der Schule."));

        assertThat(ids(find("Kindertagesstätte " + marker))).containsExactly(kita);
        assertThat(ids(find("Kindertagesstätten " + marker))).containsExactly(kita);
        assertThat(ids(find("Kindergarten " + marker))).containsExactly(kita);
        assertThat(ids(find("Sucht " + marker))).isEmpty();
        assertThat(ids(find("Schule " + marker))).containsExactly(school);
    }

    @Test
    void typosAreToleratedAndRankedBelowExactMatches() {
        UUID service = indexed(data.service("Erziehungsberatung " + marker));

        assertThat(ids(find("Erziehungsberatng " + marker))).containsExactly(service);
        assertThat(ids(find("Erzihungsberatng " + marker))).containsExactly(service);

        UUID exact = indexed(data.service("Beratung Sucht " + marker));
        UUID nearly = indexed(data.service("Beratung Sicht " + marker));
        List<UUID> found = ids(find("Sucht " + marker));
        assertThat(found).containsExactly(exact, nearly);
    }

    @Test
    void sortsByRelevanceThenByName() {
        UUID inName = indexed(data.service("Zentrum Pflege " + marker).term("category", "pflege", "Pflege"));
        UUID inTextB = indexed(data.service("Beratung B " + marker)
                .description("Auch zur Pflege.")
                .term("category", "pflege", "Pflege"));
        UUID inTextA = indexed(data.service("Beratung A " + marker)
                .description("Auch zur Pflege.")
                .term("category", "pflege", "Pflege"));

        assertThat(ids(find("Pflege " + marker))).containsExactly(inName, inTextA, inTextB);
        // without words every service found is as relevant as the next: by name
        assertThat(ids(search.search(new WegweiserQuery(
                        null, data.code("pflege"), null, null, null, null, false, false, false, false, 1, 100))))
                .containsExactly(inTextA, inTextB, inName);
    }

    @Test
    void filtersByTopicAudienceAndLanguage() {
        UUID a = indexed(data.service("Angebot A " + marker)
                .term("category", "schuldnerberatung", "Schuldnerberatung")
                .term("audience", "familien", "Familien")
                .language("tr"));
        UUID b = indexed(data.service("Angebot B " + marker)
                .term("category", "suchtberatung", "Suchtberatung")
                .language("de"));

        assertThat(ids(search(q().topic(data.code("schuldnerberatung"))))).containsExactly(a);
        assertThat(ids(search(q().topic(data.code("suchtberatung"))))).containsExactly(b);
        assertThat(ids(search(q().audience(data.code("familien"))))).containsExactly(a);
        assertThat(ids(search(q().language("TR")))).containsExactly(a);
        assertThat(ids(search(q().language("de")))).containsExactly(b);
        assertThat(search.languages()).contains("tr", "de");
    }

    @Test
    void filtersByAgeWithinTheServicesRange() {
        UUID young = indexed(data.service("Jugend " + marker).ages(14, 27));
        UUID old = indexed(data.service("Alter " + marker).ages(60, null));
        UUID everyone = indexed(data.service("Alle " + marker));

        assertThat(ids(search(q().age(16)))).containsExactlyInAnyOrder(young, everyone);
        assertThat(ids(search(q().age(27)))).containsExactlyInAnyOrder(young, everyone);
        assertThat(ids(search(q().age(70)))).containsExactlyInAnyOrder(old, everyone);
        assertThat(ids(search(q().age(40)))).containsExactly(everyone);
    }

    @Test
    void filtersByFlags() {
        UUID barrierFree = indexed(data.service("Ort A " + marker).place("Rathaus", null, true, null));
        UUID steps = indexed(data.service("Ort B " + marker).place("Altbau", null, false, null));
        UUID free = indexed(data.service("Frei " + marker).free(true));
        UUID paid = indexed(data.service("Bezahlt " + marker).free(false));
        UUID outreach = indexed(data.service("Aufsuchend " + marker).outreach(true));
        UUID phone = indexed(data.service("Telefon " + marker).phone(true));
        UUID virtual = indexed(data.service("Netz " + marker).place("Online-Beratung", null, null, "virtual"));

        assertThat(ids(search(q().barrierFree()))).containsExactly(barrierFree);
        assertThat(ids(search(q().free()))).containsExactly(free);
        assertThat(ids(search(q().outreach()))).containsExactly(outreach);
        assertThat(ids(search(q().online()))).containsExactlyInAnyOrder(phone, virtual);
        assertThat(ids(search(q()))).contains(steps, paid);
    }

    @Test
    void filtersByMunicipalityThroughPlacesAndAreasOfService() {
        Territory county = territories.homeCounty().orElseThrow();
        List<Territory> municipalities = territories.children(county, TerritoryLevel.MUNICIPALITY);
        Territory here = municipalities.get(0);
        Territory there = municipalities.get(1);
        UUID placeHere = indexed(data.service("Hier " + marker).place("Büro", here.id(), null, null));
        UUID placeThere = indexed(data.service("Dort " + marker).place("Büro", there.id(), null, null));
        UUID countyWide = indexed(data.service("Kreisweit " + marker).area(county.id()));
        UUID servesHere = indexed(data.service("Gebiet " + marker).area(here.id()));

        assertThat(ids(search(q().territory(here.ags().value()))))
                .containsExactlyInAnyOrder(placeHere, countyWide, servesHere);
        assertThat(ids(search(q().territory(there.key())))).containsExactlyInAnyOrder(placeThere, countyWide);
        assertThat(ids(search(q().territory(county.key()))))
                .containsExactlyInAnyOrder(placeHere, placeThere, countyWide, servesHere);
        assertThat(ids(search(q().territory("99999999")))).isEmpty();
        assertThat(ids(search(q().territory("no key")))).isEmpty();
    }

    @Test
    void pagesThroughTheResults() {
        for (int i = 0; i < 25; i++) {
            data.service(String.format("Angebot %02d %s", i, marker)).insert();
        }
        search.reloadAll();

        WegweiserResult first = search.search(WegweiserQuery.forText(marker));
        WegweiserResult third = search.search(
                new WegweiserQuery(marker, null, null, null, null, null, false, false, false, false, 3, 10));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hits()).hasSize(20);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.hits().getFirst().entry().name()).startsWith("Angebot 00");
        assertThat(third.hits()).hasSize(5);
        assertThat(third.hits().getFirst().entry().name()).startsWith("Angebot 20");
        assertThat(third.pages()).isEqualTo(3);
    }

    @Test
    void showsOnlyActiveAndTemporarilyClosedServices() {
        UUID active = indexed(data.service("Offen " + marker));
        UUID closed = indexed(data.service("Pause " + marker).status("temporarily closed"));
        indexed(data.service("Ende " + marker).status("inactive"));
        indexed(data.service("Weg " + marker).status("defunct"));

        assertThat(ids(search.search(WegweiserQuery.forText(marker)))).containsExactly(active, closed);
        assertThat(search.find(closed).orElseThrow().temporarilyClosed()).isTrue();
    }

    @Test
    void followsDirectoryChangedEvents() {
        UUID id = data.service("Vorher " + marker).insert();
        assertThat(ids(find(marker))).isEmpty();

        events.publishEvent(new DirectoryChanged(Set.of(id)));
        assertThat(ids(find("vorher " + marker))).containsExactly(id);

        jdbc.sql("UPDATE directory_service SET name = ? WHERE id = ?")
                .params("Nachher " + marker, id)
                .update();
        events.publishEvent(new DirectoryChanged(Set.of(id)));
        assertThat(ids(find("vorher " + marker))).isEmpty();
        assertThat(ids(find("nachher " + marker))).containsExactly(id);

        jdbc.sql("UPDATE directory_service SET status = 'inactive' WHERE id = ?")
                .param(id)
                .update();
        events.publishEvent(new DirectoryChanged(Set.of(id)));
        assertThat(ids(find(marker))).isEmpty();
        assertThat(search.find(id)).isEmpty();

        jdbc.sql("UPDATE directory_service SET status = 'active' WHERE id = ?")
                .param(id)
                .update();
        events.publishEvent(DirectoryChanged.everything());
        assertThat(ids(find(marker))).containsExactly(id);
    }

    @Test
    void suggestsSpellingsAndFiltersToRemoveWhenNothingIsFound() {
        UUID service = indexed(data.service("Familienzentrum " + marker).free(true));

        WegweiserResult misspelt = find("Fmilienzntrumm " + marker);
        assertThat(misspelt.isEmpty()).isTrue();
        assertThat(misspelt.spelling()).isEqualTo("familienzentrum " + marker);

        WegweiserResult filtered = search(q().outreach().free());
        assertThat(filtered.isEmpty()).isTrue();
        assertThat(filtered.withoutFilter()).containsOnlyKeys(Filter.OUTREACH).containsEntry(Filter.OUTREACH, 1L);
        assertThat(ids(search.search(filtered.query().without(Filter.OUTREACH))))
                .containsExactly(service);
    }

    @Test
    void indexesTranslationsAndTermLabels() {
        UUID id = indexed(data.service("Beratung " + marker).translation("name", "en", "Counselling " + marker));

        assertThat(ids(find("counselling " + marker))).containsExactly(id);
        WegweiserEntry entry = search.find(id).orElseThrow();
        assertThat(entry.text("name", entry.name(), "en").text()).isEqualTo("Counselling " + marker);
        assertThat(entry.text("name", entry.name(), "en").lang()).isEqualTo("en");
        assertThat(entry.text("name", entry.name(), "tr").lang()).isEqualTo("de");
    }

    // --- helpers

    private UUID indexed(WegweiserTestData.Service service) {
        UUID id = service.insert();
        search.reload(Set.of(id));
        return id;
    }

    private WegweiserResult find(String text) {
        return search.search(
                new WegweiserQuery(text, null, null, null, null, null, false, false, false, false, 1, 100));
    }

    private WegweiserResult search(QueryBuilder builder) {
        return search.search(builder.build());
    }

    private QueryBuilder q() {
        return new QueryBuilder(marker);
    }

    private static List<UUID> ids(WegweiserResult result) {
        return result.hits().stream()
                .map(WegweiserHit::entry)
                .map(WegweiserEntry::id)
                .toList();
    }

    /** A query for the test's marker word with filters. */
    private static final class QueryBuilder {
        private final String text;
        private String topic;
        private String territory;
        private String audience;
        private Integer age;
        private String language;
        private boolean barrierFree;
        private boolean free;
        private boolean outreach;
        private boolean online;

        QueryBuilder(String text) {
            this.text = text;
        }

        QueryBuilder topic(String v) {
            topic = v;
            return this;
        }

        QueryBuilder territory(String v) {
            territory = v;
            return this;
        }

        QueryBuilder audience(String v) {
            audience = v;
            return this;
        }

        QueryBuilder age(int v) {
            age = v;
            return this;
        }

        QueryBuilder language(String v) {
            language = v;
            return this;
        }

        QueryBuilder barrierFree() {
            barrierFree = true;
            return this;
        }

        QueryBuilder free() {
            free = true;
            return this;
        }

        QueryBuilder outreach() {
            outreach = true;
            return this;
        }

        QueryBuilder online() {
            online = true;
            return this;
        }

        WegweiserQuery build() {
            return new WegweiserQuery(
                    text, topic, territory, audience, age, language, barrierFree, free, outreach, online, 1, 100);
        }
    }
}
