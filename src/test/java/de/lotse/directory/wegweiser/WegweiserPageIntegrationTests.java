package de.lotse.directory.wegweiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Wegweiser pages without a browser: search, detail, Leichte Sprache, languages, 404s, escaping. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WegweiserPageIntegrationTests {

    private static final String[] XSS = {
        "<script>alert(1)</script>", "</script><script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"
    };

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final WegweiserSearch search;
    private final JsonMapper json;
    private final MessageSource messages;
    private WegweiserTestData data;
    private String marker;

    @Autowired
    WegweiserPageIntegrationTests(
            MockMvc mvc, JdbcClient jdbc, WegweiserSearch search, JsonMapper json, MessageSource messages) {
        this.messages = messages;
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.search = search;
        this.json = json;
    }

    @BeforeEach
    void freshData() {
        data = new WegweiserTestData(jdbc);
        marker = WegweiserTestData.randomWord(8);
    }

    @Test
    void theSearchPageListsResultsWithKeyFactsAndAPlacesTable() throws Exception {
        UUID id = indexed(data.service("Erziehungsberatung " + marker)
                .description("Beratung für Eltern, Kinder und Jugendliche.")
                .free(true)
                .term("category", "erziehungsberatung", "Erziehungs- und Familienberatung")
                .place("Beratungsstelle am Markt", null, true, null));

        mvc.perform(get("/beratung").param("q", "Erziehung " + marker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 Angebot gefunden")))
                .andExpect(content().string(containsString("role=\"status\"")))
                .andExpect(content().string(containsString("/beratung/angebote/" + id)))
                .andExpect(content().string(containsString("Erziehungs- und Familienberatung")))
                .andExpect(content().string(containsString("Beratungsstelle am Markt")))
                .andExpect(content().string(containsString("data-lat=\"52.3217\"")))
                .andExpect(content().string(containsString("kostenlos")))
                .andExpect(content().string(containsString("ohne Stufen")))
                .andExpect(content().string(containsString("<html lang=\"de\" dir=\"ltr\">")));
        mvc.perform(get("/beratung").param("q", "Erziehung " + marker).param("thema", data.code("erziehungsberatung")))
                .andExpect(content().string(containsString("1 Angebot gefunden")));
    }

    @Test
    void nothingFoundSuggestsASpellingAndFiltersToLeaveOut() throws Exception {
        indexed(data.service("Familienzentrum " + marker).free(true));

        mvc.perform(get("/beratung").param("q", "Fmilienzntrumm " + marker))
                .andExpect(content().string(containsString("Keine Angebote gefunden.")))
                .andExpect(content().string(containsString("Meinten Sie:")))
                .andExpect(content().string(containsString("familienzentrum " + marker)));
        mvc.perform(get("/beratung").param("q", marker).param("aufsuchend", "true"))
                .andExpect(content().string(containsString("Keine Angebote gefunden.")))
                .andExpect(content().string(containsString("ohne „kommt zu Ihnen“ (1 Angebot")))
                .andExpect(content().string(not(containsString("aufsuchend=true&amp;"))));
    }

    @Test
    void anInvalidAgeOrPageIsIgnoredWithAMessage() throws Exception {
        mvc.perform(get("/beratung").param("alter", "zwölf").param("seite", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Bitte geben Sie eine Zahl von 0 bis 130 ein.")));
    }

    @Test
    void theDetailPageShowsEverythingACitizenNeeds() throws Exception {
        UUID id = indexed(data.service("Schuldnerberatung " + marker)
                .description("Hilfe bei Schulden.")
                .free(true)
                .ages(18, null)
                .language("tr")
                .url("https://beratung.example.org/schulden")
                .place("Rathaus Vechelde", null, true, null));
        UUID sal = jdbc.sql("SELECT id FROM directory_service_at_location WHERE service_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        INSERT INTO directory_schedule (service_at_location_id, kind, freq, byday, dtstart, opens_at,
                            closes_at, attending_type, skip_school_holidays)
                        VALUES (?, 'RECURRING', 'WEEKLY', 'TU', DATE '2026-09-01', TIME '09:00', TIME '12:00',
                            'WITHOUT_APPOINTMENT', TRUE)""").param(sal).update();
        jdbc.sql("INSERT INTO directory_phone (service_id, number, type) VALUES (?, '05171 401-0', 'voice')")
                .param(id)
                .update();

        String html = mvc.perform(get("/beratung/angebote/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schuldnerberatung " + marker)))
                .andExpect(content().string(containsString("Hilfe bei Schulden.")))
                .andExpect(content().string(containsString("ab 18 Jahren")))
                .andExpect(content().string(containsString("Türkisch")))
                .andExpect(content().string(containsString("href=\"https://beratung.example.org/schulden\"")))
                .andExpect(content().string(containsString("href=\"tel:051714010\"")))
                .andExpect(content().string(containsString("dienstags 9:00–12:00 Uhr, nicht in den Schulferien")))
                .andExpect(content().string(containsString("Nächste Termine")))
                .andExpect(content().string(containsString("<strong>Dienstag, ")))
                .andExpect(content().string(containsString("<span>09:00–12:00</span>, <span>ohne Termin</span>")))
                .andExpect(content().string(containsString("Zugang ohne Stufen")))
                .andExpect(content().string(containsString("Zuletzt geprüft am")))
                .andExpect(content().string(containsString("01.10.2026")))
                .andExpect(content().string(containsString("/beratung/termine/" + sal + ".ics")))
                .andExpect(content().string(not(containsString("Beispieldaten"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode ld = jsonLd(html);
        assertThat(ld.get("@type").asString()).isEqualTo("Service");
        assertThat(ld.get("name").asString()).isEqualTo("Schuldnerberatung " + marker);
        JsonNode hours = ld.at("/availableChannel/0/serviceLocation/openingHoursSpecification/0");
        assertThat(hours.get("dayOfWeek").get(0).asString()).isEqualTo("https://schema.org/Tuesday");
        assertThat(hours.get("opens").asString()).isEqualTo("09:00");
        assertThat(ld.at("/availableChannel/0/serviceLocation/geo/latitude").asDouble())
                .isEqualTo(52.3217);
    }

    @Test
    void exampleDataIsMarkedWhereverItIs() throws Exception {
        UUID service = indexed(data.service("Beratung " + marker).exampleData());
        UUID phoneOnly = indexed(data.service("Andere Beratung " + marker));
        jdbc.sql("INSERT INTO directory_phone (service_id, number, example_data) VALUES (?, '0000 0000', TRUE)")
                .param(phoneOnly)
                .update();

        mvc.perform(get("/beratung/angebote/" + service))
                .andExpect(content().string(containsString("id=\"ww-example-notice\"")));
        mvc.perform(get("/beratung/angebote/" + phoneOnly))
                .andExpect(content().string(containsString("id=\"ww-example-notice\"")));
        mvc.perform(get("/beratung").param("q", "Beratung " + marker))
                .andExpect(content().string(containsString("example-data")));
    }

    @Test
    void unknownUnpublishedAndMalformedServicesAreNotFound() throws Exception {
        UUID inactive = indexed(data.service("Alt " + marker).status("inactive"));

        mvc.perform(get("/beratung/angebote/" + inactive)).andExpect(status().isNotFound());
        mvc.perform(get("/beratung/angebote/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/beratung/angebote/nicht-da")).andExpect(status().isNotFound());
    }

    @Test
    void scriptInEveryTextFieldStaysText() throws Exception {
        for (String payload : XSS) {
            String m = WegweiserTestData.randomWord(8);
            UUID id = data.service(payload + " " + m)
                    .description(payload)
                    .url("javascript:alert(1)")
                    .insert();
            jdbc.sql("""
                            UPDATE directory_service SET alternate_name = ?, fees_description = ?,
                                eligibility_description = ?, application_process = ?, interpretation_services = ?,
                                alert = ?, source_note = ?, email = ? WHERE id = ?""")
                    .params(payload, payload, payload, payload, payload, payload, payload, payload, id)
                    .update();
            UUID location = jdbc.sql("""
                            INSERT INTO directory_location (name, facility_type, address_1, city, transportation,
                                accessibility_details, url, latitude, longitude, created_by, updated_by)
                            VALUES (?, 'SCHOOL', ?, ?, ?, ?, 'javascript:alert(1)', 52.3, 10.2, 'test', 'test')
                            RETURNING id""")
                    .params(payload, payload, payload, payload, payload)
                    .query(UUID.class)
                    .single();
            UUID sal = jdbc.sql("INSERT INTO directory_service_at_location (service_id, location_id, description)"
                            + " VALUES (?, ?, ?) RETURNING id")
                    .params(id, location, payload)
                    .query(UUID.class)
                    .single();
            jdbc.sql("INSERT INTO directory_phone (service_at_location_id, number, description) VALUES (?, ?, ?)")
                    .params(sal, payload, payload)
                    .update();
            jdbc.sql("INSERT INTO directory_contact (service_id, name, email) VALUES (?, ?, ?)")
                    .params(id, payload, payload)
                    .update();
            jdbc.sql("INSERT INTO directory_schedule (service_at_location_id, kind, dtstart, opens_at, closes_at,"
                            + " description, notes) VALUES (?, 'ONE_OFF', DATE '2026-12-01', TIME '10:00',"
                            + " TIME '11:00', ?, ?)")
                    .params(sal, payload, payload)
                    .update();
            search.reload(Set.of(id));

            String list = mvc.perform(get("/beratung").param("q", m))
                    .andExpect(content().string(containsString("1 Angebot gefunden")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String detail = mvc.perform(get("/beratung/angebote/" + id))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            for (String page : new String[] {list, detail}) {
                assertThat(page).doesNotContain(payload).doesNotContain("<script>alert");
                assertThat(page).doesNotContain("<img src=x").doesNotContain("href=\"javascript:");
            }
            assertThat(detail).contains("javascript:alert(1)"); // shown as text
            JsonNode ld = jsonLd(detail);
            assertThat(ld.get("name").asString()).isEqualTo(payload + " " + m);
            assertThat(ld.get("description").asString()).isEqualTo(payload);
            assertThat(ld.get("url").asString()).startsWith("http://localhost");
        }
    }

    @Test
    void theInterfaceSpeaksSixLanguagesAndArabicRunsRightToLeft() throws Exception {
        UUID id = indexed(data.service("Beratung " + marker)
                .description("Beratung auf Deutsch.")
                .translation("description", "tr", "Türkçe danışmanlık."));

        mvc.perform(get("/beratung").param("lang", "tr"))
                .andExpect(content().string(containsString("<html lang=\"tr\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("Danışmanlık bul")))
                .andExpect(content().string(containsString("İçeriğe geç")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/beratung/angebote/" + id).param("lang", "tr"))
                .andExpect(content()
                        .string(containsString("<p class=\"ww-description\" dir=\"auto\">Türkçe danışmanlık.</p>")))
                .andExpect(
                        content().string(containsString("<h1 dir=\"auto\" lang=\"de\">Beratung " + marker + "</h1>")));
        mvc.perform(get("/beratung/angebote/" + id).param("lang", "ru"))
                .andExpect(content().string(containsString("lang=\"de\">Beratung auf Deutsch.</p>")))
                .andExpect(content().string(containsString("Кратко")));
        mvc.perform(get("/beratung/leichte-sprache").param("lang", "ar"))
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("ما هي الاستشارة؟")));
        mvc.perform(get("/beratung").header("Accept-Language", "uk-UA,uk;q=0.9,de;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"uk\" dir=\"ltr\">")))
                .andExpect(content().string(containsString("Знайти консультацію")));
        mvc.perform(get("/beratung").header("Accept-Language", "fr-FR,fr"))
                .andExpect(content().string(containsString("<html lang=\"de\" dir=\"ltr\">")));
    }

    @Test
    void pagesOutsideTheWegweiserFallBackToGermanInOtherLanguages() throws Exception {
        for (String lang : new String[] {"tr", "ar", "ru", "uk"}) {
            mvc.perform(get("/organisationen").param("lang", lang))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" lang=\"de\"")))
                    .andExpect(content().string(containsString("Organisationen")))
                    .andExpect(content().string(containsString("class=\"notice lang-notice\"")))
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(get("/organisationen").param("lang", "en"))
                .andExpect(content().string(not(containsString("lang-notice"))));
    }

    @Test
    void textsMissingInALanguageFallBackToGermanOneByOne() {
        for (String lang : new String[] {"tr", "ar", "ru", "uk"}) {
            Locale locale = Locale.forLanguageTag(lang);
            assertThat(messages.getMessage("error.notFound", null, locale)).isEqualTo("Seite nicht gefunden");
            assertThat(messages.getMessage("organisation.list.title", null, locale))
                    .isEqualTo("Organisationen");
            assertThat(messages.getMessage("layout.skip", null, locale)).isNotEqualTo("Zum Inhalt springen");
        }
        assertThat(messages.getMessage("error.notFound", null, Locale.ENGLISH)).isEqualTo("Page not found");
        assertThatThrownBy(() -> messages.getMessage("no.such.key", null, Locale.forLanguageTag("tr")))
                .isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> messages.getMessage("no.such.key", null, Locale.GERMAN))
                .isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void theJsonApiAnswersTheSameSearch() throws Exception {
        UUID id = indexed(data.service("Schuldnerberatung " + marker).free(true).exampleData());

        mvc.perform(get("/api/v1/directory/wegweiser")
                        .param("q", "Schulden " + marker)
                        .param("freeOfCharge", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id.toString()))
                .andExpect(jsonPath("$.items[0].exampleData").value(true))
                .andExpect(jsonPath("$.items[0].page").value("/beratung/angebote/" + id));
        mvc.perform(get("/api/v1/directory/wegweiser")
                        .param("q", "Schuldnerberatungg " + marker)
                        .param("outreach", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.withoutFilter.OUTREACH").value(1));
        mvc.perform(get("/api/v1/directory/wegweiser").param("age", "200"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/directory/wegweiser").param("size", "1000")).andExpect(status().isBadRequest());
        for (String[] bad : new String[][] {
            {"territory", "zzz", "territory 'zzz' is not a known"},
            {"language", "Deutsch", "language must be an ISO 639 code"},
            {"topic", "Erziehung<b>", "topic must be a taxonomy code"},
            {"audience", "Familien Alle", "audience must be a taxonomy code"}
        }) {
            mvc.perform(get("/api/v1/directory/wegweiser").param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString(bad[2])));
        }
        mvc.perform(get("/api/v1/directory/wegweiser")
                        .param("q", "Schulden " + marker)
                        .param("territory", "03157")
                        .param("topic", "gibt-es-nicht"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theEasyLanguagePageExplainsTheSearch() throws Exception {
        mvc.perform(get("/beratung/leichte-sprache"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Was ist Beratung?")))
                .andExpect(content().string(containsString("Schwere Wörter")));
    }

    @Test
    void theMapGetsTheCountysMunicipalities() throws Exception {
        mvc.perform(get("/beratung/gemeinden.geojson"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/geo+json")))
                .andExpect(content().string(containsString("\"FeatureCollection\"")))
                .andExpect(content().string(containsString("\"name\":\"Peine")));
    }

    // --- helpers

    private UUID indexed(WegweiserTestData.Service service) {
        UUID id = service.insert();
        search.reload(Set.of(id));
        return id;
    }

    private JsonNode jsonLd(String html) {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("JSON-LD in the page").isTrue();
        assertThat(m.group(1)).doesNotContain("<").doesNotContain(">");
        return json.readTree(m.group(1));
    }
}
