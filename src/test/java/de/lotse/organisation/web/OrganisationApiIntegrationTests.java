package de.lotse.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organisation and body API: reading, conditional writes, problems, roles and the audit trail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OrganisationApiIntegrationTests {

    private static final String API = "/api/v1/organisations";
    private static final String BODIES = "/api/v1/bodies";

    private final MockMvc mvc;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    @Autowired
    OrganisationApiIntegrationTests(MockMvc mvc, Organisations organisations, JdbcClient jdbc) {
        this.mvc = mvc;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Test
    void aPlannerCreatesReadsAndChangesAnOrganisation() throws Exception {
        String parentKey = createdKey("Api-Landkreis", "COUNTY_UNIT", null);
        String key = OrganisationTestData.uniqueKey("api-fachdienst");
        mvc.perform(json(post(API), organisation(key, "Api-Fachdienst Soziales", "COUNTY_UNIT", parentKey))
                        .with(planner()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", API + "/" + key))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.parentKey").value(parentKey))
                .andExpect(jsonPath("$.territoryKey").value("03157"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get(API + "/" + key))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name").value("Api-Fachdienst Soziales"))
                .andExpect(jsonPath("$.memberOf").isEmpty());
        mvc.perform(get(API + "/" + parentKey))
                .andExpect(jsonPath("$.subUnits[0]").value(key));
        mvc.perform(get(API).param("q", "api-fachdienst soz").param("kind", "COUNTY_UNIT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem(key)));
        mvc.perform(get(API).param("q", "nichts-passt-hierzu-xyz"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(get(API).param("kind", "PLANET")).andExpect(status().isBadRequest());

        mvc.perform(json(
                                put(API + "/" + key),
                                organisation(key, "Api-Fachdienst Soziales und Senioren", "COUNTY_UNIT", null))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.name").value("Api-Fachdienst Soziales und Senioren"));
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE entity_type = 'organisation' AND entity_key = ?"
                                + " ORDER BY id")
                        .param(key)
                        .query(String.class)
                        .list())
                .containsExactly("ORGANISATION_CREATED", "ORGANISATION_UPDATED");
    }

    @Test
    void anUpdateNeedsIfMatchAndAStaleOneIsA409NamingTheVersions() throws Exception {
        String key = createdKey("Api-Konflikt", "PROVIDER", null);
        String body = organisation(key, "Api-Konflikt neu", "PROVIDER", null);
        mvc.perform(json(put(API + "/" + key), body).with(planner()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(json(put(API + "/" + key), body).header("If-Match", "\"1\"").with(planner()))
                .andExpect(status().isOk());
        mvc.perform(json(put(API + "/" + key), organisation(key, "Api-Konflikt anders", "CLUB", null))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.expectedVersion").value(1))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changedBy").value("planerin"))
                .andExpect(jsonPath("$.differingFields", hasItem("name")))
                .andExpect(jsonPath("$.differingFields", hasItem("kind")));
        mvc.perform(json(put(API + "/" + key), body).header("If-Match", "3").with(planner()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put(API + "/gibt-es-nicht"), body)
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidContentIs422WithFieldsAndATakenKeyIs409() throws Exception {
        mvc.perform(json(post(API), """
                                {"key": "Kein Schlüssel", "name": "", "kind": "PLANET", "parentKey": "gibt-es-nicht",
                                 "territoryKey": "99999", "email": "keine-mail"}""").with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("parentKey")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("territoryKey")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("key")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
        String key = createdKey("Api-Doppelt", "CLUB", null);
        mvc.perform(json(post(API), organisation(key, "Api-Doppelt zwei", "CLUB", null))
                        .with(planner()))
                .andExpect(status().isConflict());
        mvc.perform(json(post(API), "{\"key\": ").with(planner())).andExpect(status().isBadRequest());
    }

    @Test
    void writesNeedAPlannerAndMembersAnAdministrator() throws Exception {
        String key = createdKey("Api-Rechte", "PROVIDER", null);
        String body = organisation(OrganisationTestData.uniqueKey("api-r"), "Api-Rechte neu", "PROVIDER", null);
        mvc.perform(json(post(API), body)).andExpect(status().isUnauthorized());
        mvc.perform(json(post(API), body).with(user("leser").roles("VIEWER"))).andExpect(status().isForbidden());
        String provider = OrganisationTestData.user(jdbc, "PROVIDER");
        mvc.perform(json(post(API), body).with(httpBasic(provider, OrganisationTestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put(API + "/" + key), body)
                        .header("If-Match", "\"1\"")
                        .with(user("traeger").roles("PROVIDER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(BODIES), "{}").with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put(BODIES + "/x"), "{}")).andExpect(status().isUnauthorized());

        // who acts for an organisation: administrators only, also for reading
        String members = API + "/" + key + "/members";
        mvc.perform(get(members)).andExpect(status().isUnauthorized());
        mvc.perform(get(members).with(planner())).andExpect(status().isForbidden());
        mvc.perform(json(post(members), "{\"username\": \"" + provider + "\"}").with(planner()))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(members), "{\"username\": \"niemand-" + provider + "\"}")
                        .with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(json(post(members), "{\"username\": \"" + provider + "\"}").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username").value(provider));
        mvc.perform(get(members).with(admin()))
                .andExpect(jsonPath("$[0].username").value(provider));
        // the public answer never names the users
        mvc.perform(get(API + "/" + key))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(provider))));
        mvc.perform(delete(members + "/" + provider).with(planner())).andExpect(status().isForbidden());
        mvc.perform(delete(members + "/" + provider).with(admin())).andExpect(status().isNoContent());
        Organisation organisation = organisations.find(key).orElseThrow();
        assertThat(organisations.members(organisation.id())).isEmpty();
    }

    @Test
    void bodiesWithMembersFollowTheSameRules() throws Exception {
        String a = createdKey("Api-Mitglied A", "PROVIDER", null);
        String b = createdKey("Api-Leitstelle", "COUNTY_UNIT", null);
        String key = OrganisationTestData.uniqueKey("api-netzwerk");
        mvc.perform(json(
                                post(BODIES),
                                body(
                                        key,
                                        "Api-Netzwerk",
                                        b,
                                        "[{\"organisationKey\": \"" + a + "\", \"role\": \"Mitglied\"}]"))
                        .with(planner()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", BODIES + "/" + key))
                .andExpect(jsonPath("$.convenorKey").value(b))
                .andExpect(jsonPath("$.members[0].organisationKey").value(a))
                .andExpect(jsonPath("$.members[0].role").value("Mitglied"));
        mvc.perform(get(BODIES).param("kind", "NETWORK")).andExpect(jsonPath("$[*].key", hasItem(key)));
        mvc.perform(get(BODIES + "/" + key)).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get(API + "/" + a))
                .andExpect(jsonPath("$.memberOf[0].bodyKey").value(key));

        String twice = "[{\"organisationKey\": \"" + a + "\"}, {\"organisationKey\": \"" + a + "\"}]";
        mvc.perform(json(put(BODIES + "/" + key), body(key, "Api-Netzwerk", null, twice))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("members"));
        String unknown = "[{\"organisationKey\": \"gibt-es-nicht\"}]";
        mvc.perform(json(put(BODIES + "/" + key), body(key, "Api-Netzwerk", null, unknown))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(put(BODIES + "/" + key), body(key, "Api-Netzwerk", null, null))
                        .with(planner()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(json(put(BODIES + "/" + key), body(key, "Api-Netzwerk Peine", null, null))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.members[0].organisationKey").value(a));
        mvc.perform(json(put(BODIES + "/" + key), body(key, "Api-Netzwerk alt", null, "[]"))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.differingFields", hasItem("members")));
        mvc.perform(json(post(BODIES), body(key, "Doppelt", null, null)).with(planner()))
                .andExpect(status().isConflict());
        mvc.perform(get(BODIES + "/gibt-es-nicht")).andExpect(status().isNotFound());
    }

    @Test
    void everyEndpointIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.parameters[*].name", hasItem("q")))
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].post.responses['422']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{key}'].get.responses['200']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{key}'].put.responses['409']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{key}'].put.responses['428']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{key}/members'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{key}/members/{username}'].delete")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/bodies'].post.responses['201']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/bodies/{key}'].put.responses['409']")
                        .exists());
    }

    private String createdKey(String name, String kind, String parentKey) throws Exception {
        String key = OrganisationTestData.uniqueKey("api");
        mvc.perform(json(post(API), organisation(key, name, kind, parentKey)).with(planner()))
                .andExpect(status().isCreated());
        return key;
    }

    private static String organisation(String key, String name, String kind, String parentKey) {
        return """
                {"key": "%s", "name": "%s", "kind": "%s", "providerType": "PUBLIC", %s "territoryKey": "03157",
                 "description": "Testeintrag", "exampleData": true}""".formatted(key, name, kind, parentKey == null ? "" : "\"parentKey\": \"" + parentKey + "\",");
    }

    private static String body(String key, String name, String convenorKey, String members) {
        return """
                {"key": "%s", "name": "%s", "kind": "NETWORK" %s %s}""".formatted(
                        key,
                        name,
                        convenorKey == null ? "" : ", \"convenorKey\": \"" + convenorKey + "\"",
                        members == null ? "" : ", \"members\": " + members);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }

    private static RequestPostProcessor admin() {
        return user("verwalterin").roles("ADMIN");
    }
}
