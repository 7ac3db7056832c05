package de.lotse.directory.web;

import static de.lotse.directory.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.directory.DirectoryTestData;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.Taxonomy;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The directory API: 201/200/404/409/422/428/403, list filters, places and vocabularies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DirectoryApiIntegrationTests {

    private static final String API = "/api/v1/directory/services";

    private final MockMvc mvc;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private Organisation provider;
    private String category;

    @Autowired
    DirectoryApiIntegrationTests(MockMvc mvc, Organisations organisations, JdbcClient jdbc, JsonMapper json) {
        this.mvc = mvc;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.json = json;
    }

    @BeforeEach
    void setUp() {
        provider = DirectoryTestData.provider(organisations, "Api-Träger");
        category = DirectoryTestData.term(jdbc, Taxonomy.CATEGORIES, "Api-Beratung");
    }

    private ServiceDraft draft(String name) {
        return DirectoryTestData.service(
                provider.id(),
                name,
                List.of(category),
                List.of(DirectoryTestData.newSite(
                        DirectoryTestData.school("Api-Schule"),
                        DirectoryTestData.weekly("TU", LocalTime.of(9, 0), LocalTime.of(12, 0)))));
    }

    @Test
    void pagingParametersOutOfRangeAreRefusedNamingTheParameter() throws Exception {
        for (String list : new String[] {API, "/api/v1/directory/locations"}) {
            mvc.perform(get(list)
                            .param("page", "2147483647")
                            .param("size", "500")
                            .with(planner()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("'page' is too large")));
            mvc.perform(get(list).param("page", "-1").with(planner()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("'page' must be 0 or more")));
            mvc.perform(get(list).param("size", "0").with(planner()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("'size' must be between 1 and 500")));
            mvc.perform(get(list).param("page", "4000000").param("size", "500").with(planner()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(0));
        }
    }

    @Test
    void aPlannerCreatesReadsListsChangesAndVerifiesAService() throws Exception {
        String body = mvc.perform(
                        json(post(API), draft("Api-Erziehungsberatung")).with(planner()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.content.name").value("Api-Erziehungsberatung"))
                .andExpect(jsonPath("$.places[0].municipality.key").value("03157006"))
                .andExpect(jsonPath("$.places[0].decentral").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode created = json.readTree(body);
        String id = created.get("id").asString();
        assertThat(mvc.perform(get(API + "/" + id)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        mvc.perform(get(API + "/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.organisationKey").value(provider.key()))
                .andExpect(jsonPath("$.updatedBy").doesNotExist())
                .andExpect(jsonPath("$.content.sites[0].id").isNotEmpty());
        mvc.perform(get(API).param("category", category).param("municipality", "03157006"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].municipalities[0].name").value("Peine, Stadt"));
        mvc.perform(get(API).param("text", "nichts-passt-hierzu-xyz"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(get(API).param("status", "geschlossen")).andExpect(status().isBadRequest());

        ServiceDraft stored = json.treeToValue(created.get("content"), ServiceDraft.class);
        mvc.perform(json(put(API + "/" + id), with(stored, "name", "Api-Familienberatung"))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.content.sites[0].id")
                        .value(created.at("/content/sites/0/id").asString()));
        mvc.perform(post(API + "/" + id + "/verify").with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastVerifiedAt").isNotEmpty())
                .andExpect(jsonPath("$.lastVerifiedBy").value("planerin"));
    }

    @Test
    void problemsAre404_409_422_428() throws Exception {
        String id = json.readTree(
                        mvc.perform(json(post(API), draft("Api-Konflikt")).with(planner()))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("id")
                .asString();
        ServiceDraft changed = draft("Api-Konflikt geändert");
        mvc.perform(json(put(API + "/" + id), changed).with(planner())).andExpect(status().isPreconditionRequired());
        mvc.perform(json(put(API + "/" + id), changed)
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isOk());
        mvc.perform(json(put(API + "/" + id), draft("Api-Konflikt anders"))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changedBy[0]").value("planerin"))
                .andExpect(jsonPath("$.changedFields[*].field", hasItem("name")));
        mvc.perform(get(API + "/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound());
        mvc.perform(json(put(API + "/00000000-0000-0000-0000-000000000000"), changed)
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isNotFound());

        ServiceDraft bad = with(draft(" "), "categoryCodes", List.of("gibt-es-nicht"));
        mvc.perform(json(post(API), bad).with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("categoryCodes[0]")))
                .andExpect(jsonPath("$.errors[*].messageKey", hasItem("directory.problem.term.unknown")));
    }

    @Test
    void providersAndViewersAreRefusedWithTheProposalsRoute() throws Exception {
        mvc.perform(json(post(API), draft("Api-Träger direkt"))
                        .with(user("traeger").roles("PROVIDER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("/api/v1/directory/change-requests")));
        mvc.perform(json(post(API), draft("Api-Leser direkt"))
                        .with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/directory/locations"), DirectoryTestData.school("Api-Ort"))
                        .with(user("traeger").roles("PROVIDER")))
                .andExpect(status().isForbidden());
        mvc.perform(post(API + "/00000000-0000-0000-0000-000000000000/verify")
                        .with(user("traeger").roles("PROVIDER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(API), draft("Anonym"))).andExpect(status().isUnauthorized());
    }

    @Test
    void placesAndVocabularies() throws Exception {
        String body = mvc.perform(json(post("/api/v1/directory/locations"), DirectoryTestData.school("Api-Kita"))
                        .with(planner()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.municipality.key").value("03157006"))
                .andExpect(jsonPath("$.territoryAssignment").value("POINT_IN_POLYGON"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(body).get("id").asString();
        mvc.perform(get("/api/v1/directory/locations/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(
                                put("/api/v1/directory/locations/" + id),
                                with(DirectoryTestData.school("Api-Kita"), "latitude", new BigDecimal("40.0")))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("latitude"));
        mvc.perform(get("/api/v1/directory/locations").param("text", "Api-Kita"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));

        mvc.perform(get("/api/v1/directory/taxonomies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem(Taxonomy.CATEGORIES)));
        mvc.perform(get("/api/v1/directory/taxonomies/" + Taxonomy.CATEGORIES + "/terms")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem(category)));
        mvc.perform(get("/api/v1/directory/taxonomies/gibt-es-nicht/terms")).andExpect(status().isNotFound());
        assertThat(id).isNotBlank();
    }

    @Test
    void everyEndpointIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/directory/services'].get.parameters[*].name", hasItem("category")))
                .andExpect(jsonPath("$.paths['/api/v1/directory/services'].post.responses['422']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/directory/services/{id}'].put.responses['428']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/directory/services/{id}/verify'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/directory/locations/{id}'].put.responses['409']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/directory/taxonomies/{key}/terms'].get")
                        .exists());
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }
}
