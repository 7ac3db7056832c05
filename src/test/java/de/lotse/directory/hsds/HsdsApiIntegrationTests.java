package de.lotse.directory.hsds;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.LifeStage;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every endpoint of the HSDS API: info and profile, paging, each filter, 404 for unknown ids, 400 for bad params. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HsdsApiIntegrationTests {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final HsdsTestData data;

    @Autowired
    HsdsApiIntegrationTests(MockMvc mvc, JdbcClient jdbc, Organisations organisations, Territories territories) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.data = new HsdsTestData(jdbc, organisations, territories);
    }

    @Test
    void apiInfoAndProfile() throws Exception {
        mvc.perform(get("/api/hsds/"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("3.0"))
                .andExpect(jsonPath("$.profile", endsWith("/api/hsds/profile")))
                .andExpect(jsonPath("$.openapi_url", endsWith("/api/v1/openapi")));
        mvc.perform(get("/api/hsds/profile"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("lotse-de"))
                .andExpect(jsonPath("$['location.json'].properties.external_identifier_type.enum[0]")
                        .value("ags"));
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/hsds/services/{id}")))
                .andExpect(content().string(containsString("/api/v1/directory/imports/hsds")));
    }

    @Test
    void servicesArePagedAndFiltered() throws Exception {
        UUID a = data.fullService("Alpha " + data.marker);
        UUID b = data.fullService("Beta " + data.marker);
        UUID c = data.minimalService("Gamma " + data.marker);
        String q = "/api/hsds/services?search=" + data.marker;
        mvc.perform(get(q + "&per_page=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total_items").value(3))
                .andExpect(jsonPath("$.total_pages").value(2))
                .andExpect(jsonPath("$.page_number").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.first_page").value(true))
                .andExpect(jsonPath("$.last_page").value(false))
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.contents[0].id").value(a.toString()))
                .andExpect(jsonPath("$.contents[0].schedules").doesNotExist());
        mvc.perform(get(q + "&per_page=2&page=2"))
                .andExpect(jsonPath("$.contents[0].id").value(c.toString()))
                .andExpect(jsonPath("$.last_page").value(true));
        mvc.perform(get(q + "&page=9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.contents").isEmpty());
        mvc.perform(get(q + "&full=true"))
                .andExpect(jsonPath("$.contents[0].service_at_locations[0].location.name")
                        .value("Familienzentrum " + data.marker));
        mvc.perform(get(q + "&minimal=true"))
                .andExpect(jsonPath("$.contents[0].last_modified").exists())
                .andExpect(jsonPath("$.contents[0].description").doesNotExist());
        // text also finds a term's search words, case-insensitive
        mvc.perform(get("/api/hsds/services?search=ERZIEHUNGSBERATUNG " + data.marker))
                .andExpect(jsonPath("$.total_items").value(2));
        mvc.perform(get(q + "&taxonomy_term_id=" + data.categoryId))
                .andExpect(jsonPath("$.total_items").value(2));
        mvc.perform(get(q + "&taxonomy_id=" + data.taxonomyId))
                .andExpect(jsonPath("$.total_items").value(2));
        String kita =
                HsdsIds.term(HsdsTaxonomies.LIFE_STAGES, LifeStage.KITA.name()).toString();
        mvc.perform(get(q + "&taxonomy_term_id=" + kita))
                .andExpect(jsonPath("$.total_items").value(2));
        String organization = HsdsIds.organisation(data.provider.key()).toString();
        mvc.perform(get(q + "&organization_id=" + organization))
                .andExpect(jsonPath("$.total_items").value(3));
        mvc.perform(get(q + "&organization_id=" + UUID.randomUUID()))
                .andExpect(jsonPath("$.total_items").value(0));
        mvc.perform(get(q + "&municipality=03157006"))
                .andExpect(jsonPath("$.total_items").value(2));
        mvc.perform(get(q + "&municipality=03157"))
                .andExpect(jsonPath("$.total_items").value(2));
        mvc.perform(get(q + "&municipality=03354"))
                .andExpect(jsonPath("$.total_items").value(0));
        jdbc.sql("UPDATE directory_service SET updated_at = TIMESTAMPTZ '2020-01-01 00:00:00+00' WHERE id = ?")
                .param(b)
                .update();
        mvc.perform(get(q + "&modified_after=2025-01-01"))
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath("$.contents[*].id", not(hasItem(b.toString()))));
    }

    @Test
    void badParametersAre400AndUnknownIds404() throws Exception {
        for (String bad : new String[] {
            "page=0",
            "page=x",
            "per_page=101",
            "per_page=0",
            "taxonomy_term_id=nope",
            "organization_id=1",
            "modified_after=gestern",
            "municipality=abc",
            "municipality=99999999",
            "full=vielleicht"
        }) {
            mvc.perform(get("/api/hsds/services?" + bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get("/api/hsds/locations?per_page=500")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/hsds/taxonomy_terms?taxonomy_id=x")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/hsds/services/kein-uuid")).andExpect(status().isBadRequest());
        for (String path : new String[] {
            "services", "organizations", "locations", "service_at_locations", "taxonomies", "taxonomy_terms"
        }) {
            mvc.perform(get("/api/hsds/" + path + "/" + UUID.randomUUID()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void organizationsLocationsSitesAndTaxonomies() throws Exception {
        UUID service = data.fullService("Delta " + data.marker);
        String organization = HsdsIds.organisation(data.provider.key()).toString();
        mvc.perform(get("/api/hsds/organizations?search=" + data.marker))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].id").value(organization))
                .andExpect(jsonPath("$.contents[0].organization_identifiers[0].identifier")
                        .value(data.provider.key()));
        mvc.perform(get("/api/hsds/organizations/" + organization))
                .andExpect(jsonPath("$.services[0].id").value(service.toString()))
                .andExpect(jsonPath("$.locations[0].external_identifier").value("03157006"));
        mvc.perform(get("/api/hsds/organizations/" + organization + "?full_service=true"))
                .andExpect(jsonPath("$.services[0].service_at_locations[0].schedules.length()")
                        .value(3));
        mvc.perform(get("/api/hsds/locations?municipality=03157006&search=" + data.marker))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].external_identifier_type").value("ags"))
                .andExpect(jsonPath("$.contents[0].accessibility").doesNotExist());
        mvc.perform(get("/api/hsds/locations?organization_id=" + organization + "&full=true"))
                .andExpect(
                        jsonPath("$.contents[0].accessibility[0].description").value("Stufenloser Zugang"))
                .andExpect(jsonPath("$.contents[0].addresses[0].address_1").value("Musterstraße 1"));
        UUID site = data.siteOf(service);
        mvc.perform(get("/api/hsds/service_at_locations?search=" + data.marker))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].id").value(site.toString()));
        mvc.perform(get("/api/hsds/service_at_locations/" + site))
                .andExpect(jsonPath("$.service.id").value(service.toString()))
                .andExpect(jsonPath("$.location.languages[*].code", hasItem("tr")))
                .andExpect(jsonPath("$.schedules[*].schedule_kind", hasItem("closure")));
        mvc.perform(get("/api/hsds/taxonomies?per_page=100"))
                .andExpect(jsonPath("$.contents[*].name", hasItem("Lotse Lebensphasen")))
                .andExpect(jsonPath("$.contents[*].name", hasItem("Taxonomie " + data.marker)));
        mvc.perform(get("/api/hsds/taxonomy_terms?taxonomy_id=" + data.taxonomyId))
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath(
                        "$.contents[*].taxonomy_id", everyItem(org.hamcrest.Matchers.is(data.taxonomyId.toString()))));
        mvc.perform(get("/api/hsds/taxonomy_terms/" + data.audienceId))
                .andExpect(jsonPath("$.code").value(data.audienceCode));
        mvc.perform(get("/api/hsds/services/" + service))
                .andExpect(jsonPath("$.assured_date").value("2026-10-01"))
                .andExpect(jsonPath("$.alert", containsString("Beispieldaten")))
                .andExpect(jsonPath("$.attributes[?(@.link_type == 'example_data')].value", hasItem("true")))
                .andExpect(jsonPath("$.attributes[?(@.link_type == 'life_stage')].taxonomy_term.code", hasItem("KITA")))
                .andExpect(jsonPath("$.metadata[0].updated_by").value(HsdsServiceExtras.PUBLIC_EDITOR));
    }
}
