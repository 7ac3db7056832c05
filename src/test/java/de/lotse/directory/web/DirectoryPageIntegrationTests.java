package de.lotse.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.directory.DirectoryLocations;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.DirectoryTestData;
import de.lotse.directory.Drafts;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.StoredService;
import de.lotse.directory.Taxonomy;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import java.io.ByteArrayInputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The planners' editor pages: list, detail, forms without JavaScript, conflicts, escaping, roles and the export. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DirectoryPageIntegrationTests {

    static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    private final MockMvc mvc;
    private final DirectoryServices services;
    private final DirectoryLocations locations;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final de.lotse.territory.Territories territories;
    private Organisation provider;
    private String category;

    @Autowired
    DirectoryPageIntegrationTests(
            MockMvc mvc,
            DirectoryServices services,
            DirectoryLocations locations,
            Organisations organisations,
            JdbcClient jdbc,
            de.lotse.territory.Territories territories) {
        this.territories = territories;
        this.mvc = mvc;
        this.services = services;
        this.locations = locations;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void setUp() {
        provider = DirectoryTestData.provider(organisations, "Seitenträger");
        category = DirectoryTestData.term(jdbc, Taxonomy.CATEGORIES, "Seitenberatung");
    }

    private StoredService service(String name) {
        return services.create(
                DirectoryTestData.service(
                        provider.id(),
                        name,
                        List.of(category),
                        List.of(DirectoryTestData.newSite(
                                DirectoryTestData.school("Seitenschule"),
                                DirectoryTestData.weekly("TU", LocalTime.of(9, 0), LocalTime.of(12, 0))))),
                "planerin");
    }

    @Test
    void listAndDetailShowTheServiceWithItsMunicipalityAndVerification() throws Exception {
        StoredService s = service("Seiten-Erziehungsberatung");
        mvc.perform(get("/verzeichnis/angebote")
                        .param("q", "Seiten-Erziehungsberatung")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seiten-Erziehungsberatung")))
                .andExpect(content().string(containsString("Peine, Stadt")))
                .andExpect(content().string(containsString("Beispieldaten")))
                .andExpect(content().string(containsString("nie")));
        mvc.perform(get("/verzeichnis/angebote/" + s.id()).param("lang", "en").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuesday 09:00–12:00")))
                .andExpect(content().string(containsString("not during school holidays")));
        mvc.perform(post("/verzeichnis/angebote/" + s.id() + "/pruefen")
                        .with(csrf())
                        .with(planner()))
                .andExpect(status().is3xxRedirection());
        assertThat(services.find(s.id()).orElseThrow().lastVerifiedAt()).isNotNull();
    }

    @Test
    void formListIndexesOutOfRangeAreRefusedQuicklyWithAClearMessage() throws Exception {
        StoredService s = service("Indexprüfung");
        for (String[] request : new String[][] {
            {"/verzeichnis/angebote/neu", "phones[100000000].number"},
            {"/verzeichnis/angebote/neu", "sites[-1].schedules[0].kind"},
            {"/verzeichnis/angebote/" + s.id() + "/bearbeiten", "phones[-1].number"},
            {"/verzeichnis/orte/neu", "phones[100000000].number"},
            {"/verzeichnis/vorschlaege/neu", "sites[100000000].newName"},
            {"/verzeichnis/vorschlaege/neu", "phones[-1].number"}
        }) {
            mvc.perform(post(request[0])
                            .with(csrf())
                            .with(planner())
                            .param("name", "X")
                            .param(request[1], "1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Das Formularfeld „" + request[1] + "“ ist ungültig")));
        }
        // quoted and signed indexes, and the names of file parts of a multipart request
        for (String name :
                new String[] {"phones['100000000'].number", "phones[+100000000].number", "phones[x].number"}) {
            mvc.perform(post("/verzeichnis/angebote/neu")
                            .with(csrf())
                            .with(planner())
                            .param(name, "1"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/verzeichnis/angebote/neu")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "phones[100000000].number", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(planner()))
                .andExpect(status().isBadRequest());
        assertThat(services.find(s.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void theFormAddsRowsWithoutJavaScriptAndCreatesAService() throws Exception {
        mvc.perform(get("/verzeichnis/angebote/neu").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sites[0].schedules[0].opensAt")));
        mvc.perform(post("/verzeichnis/angebote/neu")
                        .with(csrf())
                        .with(planner())
                        .param("name", "Zeilentest")
                        .param("sites[0].schedules[0].kind", "RECURRING")
                        .param("add", "site-0-schedule"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sites[0].schedules[1].opensAt")))
                .andExpect(content().string(containsString("value=\"Zeilentest\"")));

        StoredLocation place = locations.create(DirectoryTestData.school("Formularschule"), "planerin");
        String location = mvc.perform(post("/verzeichnis/angebote/neu")
                        .with(csrf())
                        .with(planner())
                        .param("name", "Formularberatung")
                        .param("organisationId", Long.toString(provider.id()))
                        .param("status", "active")
                        .param("textLanguage", "de")
                        .param("categoryCodes", category)
                        .param("lifeStages", "KITA")
                        .param("anonymous", "true")
                        .param("languages[0].code", "tr")
                        .param("sites[0].locationId", place.id().toString())
                        .param("sites[0].schedules[0].kind", "RECURRING")
                        .param("sites[0].schedules[0].freq", "MONTHLY")
                        .param("sites[0].schedules[0].weekOfMonth", "2")
                        .param("sites[0].schedules[0].days", "MO")
                        .param("sites[0].schedules[0].dtstart", "2026-01-12")
                        .param("sites[0].schedules[0].opensAt", "09:00")
                        .param("sites[0].schedules[0].closesAt", "11:30")
                        .param("sites[0].schedules[0].skipSchoolHolidays", "true")
                        .param("sites[1].schedules[0].kind", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/verzeichnis/angebote/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        StoredService created = services.find(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(created.content().anonymous()).isTrue();
        assertThat(created.content().sites()).singleElement().satisfies(site -> {
            assertThat(site.locationId()).isEqualTo(place.id());
            assertThat(site.schedules().getFirst().byday()).isEqualTo("2MO");
            assertThat(site.schedules().getFirst().skipSchoolHolidays()).isTrue();
        });
    }

    @Test
    void problemsPointAtTheFormFieldsAndAConflictKeepsTheInput() throws Exception {
        mvc.perform(post("/verzeichnis/angebote/neu")
                        .with(csrf())
                        .with(planner())
                        .param("name", "")
                        .param("organisationId", Long.toString(provider.id()))
                        .param("textLanguage", "de")
                        .param("sites[0].schedules[0].kind", "")
                        .param("sites[1].newPlace.name", "Neue Kita")
                        .param("sites[1].newPlace.facilityType", "KITA")
                        .param("sites[1].newPlace.latitude", "60.0")
                        .param("sites[1].newPlace.longitude", "10.0")
                        .param("sites[1].schedules[0].kind", "ONE_OFF")
                        .param("sites[1].schedules[0].dtstart", "2026-05-05")
                        .param("sites[1].schedules[0].opensAt", "12:00")
                        .param("sites[1].schedules[0].closesAt", "10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("href=\"#sites-1-newPlace-latitude\"")))
                .andExpect(content().string(containsString("href=\"#sites-1-schedules-0-closesAt\"")))
                .andExpect(content().string(containsString("Die Sprechzeit endet vor ihrem Beginn.")));

        StoredService s = service("Konfliktberatung");
        services.update(s.id(), 1, Drafts.with(s.content(), "name", "Konfliktberatung neu"), "kollege");
        mvc.perform(post("/verzeichnis/angebote/" + s.id() + "/bearbeiten")
                        .with(csrf())
                        .with(planner())
                        .param("version", "1")
                        .param("name", "Meine Fassung")
                        .param("organisationId", Long.toString(provider.id()))
                        .param("textLanguage", "de")
                        .param(
                                "sites[0].locationId",
                                s.content().sites().getFirst().locationId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("kollege")))
                .andExpect(content().string(containsString("value=\"Meine Fassung\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
    }

    @Test
    void savingTheFormKeepsWhatTheFormDoesNotShow() throws Exception {
        StoredService s = service("Bereichsberatung");
        long elsewhere = territories.find("03354").orElseThrow().id();
        ServiceDraft d =
                Drafts.with(s.content(), "areas", List.of(new ServiceDraft.ServiceAreaDraft(elsewhere, null, null)));
        d = Drafts.with(d, "translations", List.of(new ServiceDraft.TranslationDraft("name", "en", "Area advice")));
        StoredService stored = services.update(s.id(), 1, d, "planerin");
        ServiceDraft.SiteDraft site = stored.content().sites().getFirst();
        mvc.perform(post("/verzeichnis/angebote/" + s.id() + "/bearbeiten")
                        .with(csrf())
                        .with(planner())
                        .param("version", "2")
                        .param("name", "Bereichsberatung neu")
                        .param("organisationId", Long.toString(provider.id()))
                        .param("textLanguage", "de")
                        .param("sites[0].locationId", site.locationId().toString()))
                .andExpect(status().is3xxRedirection());
        StoredService after = services.find(s.id()).orElseThrow();
        assertThat(after.content().name()).isEqualTo("Bereichsberatung neu");
        assertThat(after.content().areas())
                .extracting(ServiceDraft.ServiceAreaDraft::territoryId)
                .containsExactly(elsewhere);
        assertThat(after.content().translations()).hasSize(1);
        assertThat(after.content().sites())
                .singleElement()
                .extracting(ServiceDraft.SiteDraft::id)
                .isEqualTo(site.id());
    }

    @Test
    void userTextIsEscapedAndScriptUrlsAreNoLinks() throws Exception {
        StoredService s = service(XSS);
        ServiceDraft d = Drafts.with(s.content(), "description", XSS);
        d = Drafts.with(d, "alternateName", XSS);
        d = Drafts.with(d, "contacts", List.of(new ServiceDraft.ContactDraft(XSS, XSS, null, null, false)));
        services.update(s.id(), 1, d, "planerin");
        jdbc.sql("UPDATE directory_service SET url = 'javascript:alert(1)' WHERE id = ?")
                .param(s.id())
                .update();
        for (String url : List.of(
                "/verzeichnis/angebote/" + s.id(),
                "/verzeichnis/angebote?q=script",
                "/verzeichnis/angebote/" + s.id() + "/bearbeiten")) {
            mvc.perform(get(url).with(planner()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert(1)"))))
                    .andExpect(content().string(not(containsString("<img src=x"))))
                    .andExpect(content().string(not(containsString("href=\"javascript:"))))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        }
    }

    @Test
    void providersAreRefusedAndPlannersExport() throws Exception {
        RequestPostProcessor providerUser = user("traeger").roles("PROVIDER");
        mvc.perform(get("/verzeichnis/angebote").with(providerUser)).andExpect(status().isForbidden());
        mvc.perform(get("/verzeichnis/angebote/neu").with(providerUser)).andExpect(status().isForbidden());
        mvc.perform(get("/verzeichnis/orte/neu").with(providerUser)).andExpect(status().isForbidden());
        mvc.perform(get("/verzeichnis/export.csv").with(providerUser)).andExpect(status().isForbidden());
        mvc.perform(get("/verzeichnis/angebote/neu").with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/verzeichnis/angebote").with(user("leser").roles("VIEWER")))
                .andExpect(status().isOk());

        service("=HYPERLINK(\"http://evil\")");
        String csv = mvc.perform(get("/verzeichnis/export.csv").with(planner()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("beratungsverzeichnis-")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("03157006").contains("Seitenschule");
        assertThat(csv).doesNotContain(";=HYPERLINK");
        byte[] xlsx = mvc.perform(get("/verzeichnis/export.xlsx").with(planner()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.getFirst().getCell(0).getText()).isEqualTo("Angebot");
            var cell = rows.stream()
                    .map(r -> r.getCell(0))
                    .filter(c -> c.getText().equals("=HYPERLINK(\"http://evil\")"))
                    .findFirst()
                    .orElseThrow();
            assertThat(cell.getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
    }

    @Test
    void placesShowTheirMunicipalityAndHowItWasAssigned() throws Exception {
        StoredLocation place = locations.create(DirectoryTestData.school("Ortsseite Schule"), "planerin");
        mvc.perform(get("/verzeichnis/orte").param("q", "Ortsseite").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Peine, Stadt (03157006)")))
                .andExpect(content().string(containsString("automatisch aus Koordinaten")));
        mvc.perform(post("/verzeichnis/orte/" + place.id() + "/bearbeiten")
                        .with(csrf())
                        .with(planner())
                        .param("version", "1")
                        .param("name", "Ortsseite Schule")
                        .param("facilityType", "SCHOOL")
                        .param("latitude", "52.3215")
                        .param("longitude", "10.2329")
                        .param("assignment", "CHOSEN")
                        .param(
                                "territoryId",
                                Long.toString(territories
                                        .find("03157005")
                                        .orElseThrow()
                                        .id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/verzeichnis/orte/" + place.id() + "/bearbeiten").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lengede")))
                .andExpect(content().string(containsString("– gewählt")));
        mvc.perform(get("/verzeichnis/orte/neu").with(planner())).andExpect(status().isOk());
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }
}
