package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The write API of the catalogue: POST and conditional PUT, validation problems, roles and the audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorWriteApiIntegrationTests {

    private static final String API = "/api/v1/indicators";

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final JdbcClient jdbc;

    @Autowired
    IndicatorWriteApiIntegrationTests(MockMvc mvc, IndicatorCatalog catalog, JdbcClient jdbc) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Test
    void plannerCreatesAnIndicatorWithLocationAndEtag() throws Exception {
        String key = uniqueKey("hze");
        mvc.perform(json(post(API), body(key, "Fälle nach § 27 SGB VIII am Stichtag", "22811-02-02-4"))
                        .with(planner()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", API + "/" + key))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.indicator.key").value(key))
                .andExpect(jsonPath("$.indicator.name.de").value("Hilfen zur Erziehung"))
                .andExpect(jsonPath("$.indicator.source.tableCode").value("22811-02-02-4"))
                .andExpect(jsonPath("$.indicator.levels[0]").value("COUNTY"))
                .andExpect(jsonPath("$.indicator.confidentiality.minimumCount").value(3))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.revision").value(1));

        mvc.perform(get(API + "/" + key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.definition").value("Fälle nach § 27 SGB VIII am Stichtag"));
        assertThat(auditActions(key)).containsExactly("INDICATOR_CREATED");
        assertThat(auditActors(key)).containsExactly("planerin");
    }

    @Test
    void updateWithTheCurrentRevisionSavesAndAChangeOfMeaningCreatesAVersion() throws Exception {
        String key = created("hze");
        // wording only: the current version is updated
        mvc.perform(json(
                                put(API + "/" + key),
                                body(key, "Fälle nach § 27 SGB VIII am Stichtag", "22811-02-02-4")
                                        .replace("\"Hilfen zur Erziehung\"", "\"Hilfen zur Erziehung (HzE)\""))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.changedFields[0]").value("name"))
                .andExpect(jsonPath("$.newVersion").value(false))
                .andExpect(jsonPath("$.version").value(1));
        // the table code carries meaning: version 2
        mvc.perform(json(
                                put(API + "/" + key),
                                body(key, "Fälle nach § 27 SGB VIII am Stichtag", "22811-02-02-5")
                                        .replace("\"Hilfen zur Erziehung\"", "\"Hilfen zur Erziehung (HzE)\""))
                        .header("If-Match", "\"2\"")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.changedFields[0]").value("source.tableCode"))
                .andExpect(jsonPath("$.newVersion").value(true))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.indicator.version.number").value(2));

        assertThat(auditActions(key))
                .containsExactly("INDICATOR_CREATED", "INDICATOR_UPDATED", "INDICATOR_VERSION_CREATED");
        assertThat(catalog.versions(IndicatorKey.of(key))).hasSize(2);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412NamingWhatChangedSince() throws Exception {
        String key = created("hze");
        mvc.perform(json(put(API + "/" + key), body(key, "Neue Definition A", null))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isOk());

        mvc.perform(json(put(API + "/" + key), body(key, "Neue Definition B", null))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.currentRevision").value(2))
                .andExpect(jsonPath("$.changedFields", hasItem("definition")))
                .andExpect(jsonPath("$.changedFields", hasItem("source.tableCode")))
                .andExpect(jsonPath("$.changes[0].revision").value(2))
                .andExpect(jsonPath("$.changes[0].changedBy").value("planerin"))
                .andExpect(jsonPath("$.detail", containsString("revision 1")));

        assertThat(catalog.get(IndicatorKey.of(key)).definition().definition()).isEqualTo("Neue Definition A");
    }

    @Test
    void anUpdateWithoutIfMatchIsRefusedWith428() throws Exception {
        String key = created("hze");
        mvc.perform(json(put(API + "/" + key), body(key, "Ohne Vorbedingung", null))
                        .with(planner()))
                .andExpect(status().is(428))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("If-Match")))
                .andExpect(jsonPath("$.currentRevision").value(1));
        mvc.perform(json(put(API + "/" + key), body(key, "Ohne Vorbedingung", null))
                        .header("If-Match", "*")
                        .with(planner()))
                .andExpect(status().is(428));
        mvc.perform(json(put(API + "/" + key), body(key, "Ohne Vorbedingung", null))
                        .header("If-Match", "W/\"1\"")
                        .with(planner()))
                .andExpect(status().isBadRequest());
        assertThat(catalog.get(IndicatorKey.of(key)).revision()).isEqualTo(1);
    }

    @Test
    void invalidFieldsAreListedWithTheirJsonPaths() throws Exception {
        String key = uniqueKey("kaputt");
        String invalid = body(key, "Definition", "22811 02")
                .replace("\"decimals\": 1", "\"decimals\": 9")
                .replace("\"type\": \"RAW\"", "\"type\": \"RATIO\", \"numerator\": \"gibt-es-nicht\"")
                .replace("\"rule\": \"DECEMBER_31\"", "\"rule\": \"OTHER\"")
                .replace("\"topic\": \"CHILDREN_YOUTH_FAMILY\"", "\"topic\": \"WEATHER\"");
        mvc.perform(json(post(API), invalid).with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("decimals")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("formula.numerator")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("formula.denominator")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("formula.factor")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("source.tableCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("referenceDate.note")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("topic")))
                .andExpect(jsonPath("$.errors[?(@.field == 'formula.numerator')].message")
                        .value(hasItem(containsString("gibt-es-nicht"))));
        // in English when asked
        mvc.perform(json(post(API), invalid).header("Accept-Language", "en").with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'decimals')].message")
                        .value(hasItem("Please a whole number from 0 to 6.")));
        mvc.perform(json(post(API), "{\"key\": ").with(planner())).andExpect(status().isBadRequest());
        mvc.perform(json(post(API), body("Kein Schlüssel", "Definition", null)).with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        assertThat(catalog.find(IndicatorKey.of(key))).isEmpty();
    }

    @Test
    void aTakenKeyIsAConflictAndTheKeyCannotChange() throws Exception {
        String key = created("hze");
        mvc.perform(json(post(API), body(key, "Doppelt", null)).with(planner()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(key)));
        String other = uniqueKey("anders");
        mvc.perform(json(put(API + "/" + key), body(other, "Definition", null))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        mvc.perform(json(put(API + "/" + uniqueKey("fehlt")), body(key, "Definition", null))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isNotFound());
    }

    @Test
    void writingNeedsAPlanner() throws Exception {
        String key = uniqueKey("rolle");
        mvc.perform(json(post(API), body(key, "Definition", null)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(json(post(API), body(key, "Definition", null)).with(httpBasic("admin", "falsch")))
                .andExpect(status().isUnauthorized());
        mvc.perform(json(post(API), body(key, "Definition", null))
                        .with(user("betrachter").roles("VIEWER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(json(post(API), body(key, "Definition", null))
                        .with(user("traeger").roles("PROVIDER")))
                .andExpect(status().isForbidden());
        String existing = created("rolle");
        mvc.perform(json(put(API + "/" + existing), body(existing, "Definition", null))
                        .header("If-Match", "\"1\"")
                        .with(user("betrachter").roles("VIEWER")))
                .andExpect(status().isForbidden());
        assertThat(catalog.find(IndicatorKey.of(key))).isEmpty();
        // administrators are planners too
        mvc.perform(json(post(API), body(key, "Definition", null))
                        .with(user("chefin").roles("ADMIN")))
                .andExpect(status().isCreated());
    }

    @Test
    void theOpenApiDocumentDescribesTheWriteEndpoints() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/indicators'].post.responses['201']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/indicators/{key}'].put.responses['412']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/indicators/{key}'].put.responses['428']")
                        .exists());
    }

    private String created(String prefix) throws Exception {
        String key = uniqueKey(prefix);
        mvc.perform(json(post(API), body(key, "Fälle nach § 27 SGB VIII am Stichtag", "22811-02-02-4"))
                        .with(planner()))
                .andExpect(status().isCreated());
        return key;
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String uniqueKey(String prefix) {
        return prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    /** A complete request body; synthetic test input. */
    private static String body(String key, String definition, String tableCode) {
        return """
                {
                  "key": "%s",
                  "name": {"de": "Hilfen zur Erziehung", "en": "Educational support"},
                  "shortName": {"de": "HzE", "en": "Educ. support"},
                  "definition": "%s",
                  "interpretation": "Synthetische Testeingabe",
                  "formula": {"type": "RAW"},
                  "unit": "Anzahl",
                  "decimals": 1,
                  "source": {"publisher": "Landkreis Peine, Jugendamt", "statistic": "Eigene Statistik", "tableCode": %s},
                  "licence": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
                  "attribution": "© Landkreis Peine",
                  "referenceDate": {"rule": "DECEMBER_31"},
                  "levels": ["COUNTY", "MUNICIPALITY"],
                  "polarity": "NEUTRAL",
                  "topic": "CHILDREN_YOUTH_FAMILY",
                  "lifeStages": ["CRECHE"],
                  "kind": "PERFORMANCE_MEASURE",
                  "confidentiality": {"minimumCount": 3},
                  "version": {"number": 7},
                  "href": "/ignored"
                }
                """.formatted(key, definition, tableCode == null ? "null" : "\"" + tableCode + "\"");
    }

    private List<String> auditActions(String key) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'indicator' AND entity_key = ? ORDER BY id")
                .param(key)
                .query(String.class)
                .list();
    }

    private List<String> auditActors(String key) {
        return jdbc.sql("SELECT actor FROM audit_event WHERE entity_type = 'indicator' AND entity_key = ? ORDER BY id")
                .param(key)
                .query(String.class)
                .list();
    }
}
