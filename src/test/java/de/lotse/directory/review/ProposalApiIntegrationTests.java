package de.lotse.directory.review;

import static de.lotse.directory.review.ReviewTestData.as;
import static de.lotse.directory.review.ReviewTestData.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.directory.DirectoryServices;
import de.lotse.directory.Drafts;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.StoredService;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The proposal API: the state machine, optimistic locking, the 403 matrix, the stale-publish warning, staleness. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ProposalApiIntegrationTests {

    private static final String API = "/api/v1/directory/change-requests";

    private final MockMvc mvc;
    private final Organisations organisations;
    private final DirectoryServices services;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    @Autowired
    ProposalApiIntegrationTests(
            MockMvc mvc, Organisations organisations, DirectoryServices services, JdbcClient jdbc, JsonMapper json) {
        this.mvc = mvc;
        this.organisations = organisations;
        this.services = services;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Test
    void aNewServiceGoesFromDraftThroughReturnToPublished() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Api-Lebenslauf");
        ServiceDraft draft = w.service(w.orgA.id(), "Api-Lebenslauf Neue Sprechstunde");
        String id = created(mvc.perform(body(post(API), Map.of("draft", draft)).with(as(w.providerA)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.serviceId").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString());

        ServiceDraft renamed = Drafts.with(draft, "name", "Api-Lebenslauf Neue Sprechstunde am Dienstag");
        mvc.perform(body(put(API + "/" + id), Map.of("draft", renamed)).with(as(w.providerA)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(body(put(API + "/" + id), Map.of("draft", renamed))
                        .header("If-Match", "\"1\"")
                        .with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.title").value("Api-Lebenslauf Neue Sprechstunde am Dienstag"));
        mvc.perform(body(put(API + "/" + id), Map.of("draft", draft))
                        .header("If-Match", "\"1\"")
                        .with(as(w.providerA)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("STALE"))
                .andExpect(jsonPath("$.currentVersion").value(2));
        // stale and invalid at once: the conflict is named first
        mvc.perform(body(put(API + "/" + id), Map.of("other", "no draft"))
                        .header("If-Match", "\"1\"")
                        .with(as(w.providerA)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("STALE"));
        mvc.perform(body(put(API + "/" + id), Map.of("draft", Drafts.with(draft, "name", " ")))
                        .header("If-Match", "\"2\"")
                        .with(as(w.providerA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        // publishing or returning a draft: not submitted yet
        mvc.perform(post(API + "/" + id + "/publish").with(planner())).andExpect(status().isConflict());
        mvc.perform(post(API + "/" + id + "/submit").with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedBy").value(w.providerA));
        // a submitted proposal is not edited, submitted again or withdrawn
        mvc.perform(body(put(API + "/" + id), Map.of("draft", renamed))
                        .header("If-Match", "\"3\"")
                        .with(as(w.providerA)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("ILLEGAL_STATE"));
        mvc.perform(post(API + "/" + id + "/submit").with(as(w.providerA))).andExpect(status().isConflict());
        mvc.perform(delete(API + "/" + id).with(as(w.providerA))).andExpect(status().isConflict());
        // providers do not decide, not even on their own proposals
        mvc.perform(post(API + "/" + id + "/publish").with(as(w.providerA))).andExpect(status().isForbidden());
        mvc.perform(body(post(API + "/" + id + "/return"), Map.of("note", "x")).with(as(w.providerA)))
                .andExpect(status().isForbidden());

        mvc.perform(body(post(API + "/" + id + "/return"), Map.of("note", " ")).with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(body(post(API + "/" + id + "/return"), Map.of("note", "Bitte die Ferienregel prüfen."))
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.decisionNote").value("Bitte die Ferienregel prüfen."));
        mvc.perform(post(API + "/" + id + "/return").with(planner())).andExpect(status().is4xxClientError());
        mvc.perform(get(API).param("state", "RETURNED").with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));

        mvc.perform(post(API + "/" + id + "/submit").header("If-Match", "\"1\"").with(as(w.providerA)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("STALE"));
        mvc.perform(post(API + "/" + id + "/submit").with(as(w.providerA))).andExpect(status().isOk());
        String published = mvc.perform(post(API + "/" + id + "/publish").with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID serviceId =
                UUID.fromString(json.readTree(published).get("serviceId").asString());
        StoredService stored = services.find(serviceId).orElseThrow();
        assertThat(stored.content().name()).isEqualTo("Api-Lebenslauf Neue Sprechstunde am Dienstag");
        assertThat(stored.content().organisationId()).isEqualTo(w.orgA.id());
        assertThat(stored.lastVerifiedAt()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")));
        mvc.perform(post(API + "/" + id + "/publish").with(planner())).andExpect(status().isConflict());

        assertThat(jdbc.sql("""
                        SELECT action FROM audit_event WHERE entity_type = 'directory_change_request'
                           AND entity_key = ? ORDER BY id""").param(id).query(String.class).list())
                .containsExactly(
                        "DIRECTORY_PROPOSAL_CREATED",
                        "DIRECTORY_PROPOSAL_UPDATED",
                        "DIRECTORY_PROPOSAL_SUBMITTED",
                        "DIRECTORY_PROPOSAL_RETURNED",
                        "DIRECTORY_PROPOSAL_SUBMITTED",
                        "DIRECTORY_PROPOSAL_PUBLISHED");
    }

    @Test
    void nobodyButPlannersAndMembersReadsOrChangesAProposal() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Api-Zugriff");
        String id = created(mvc.perform(body(post(API), Map.of("draft", w.service(w.orgA.id(), "Api-Zugriff Entwurf")))
                        .with(as(w.providerA)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String viewer = OrganisationTestData.user(jdbc, "VIEWER");
        ServiceDraft other = w.service(w.orgA.id(), "Api-Zugriff Fremd");

        for (var intruder : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
            as(w.providerB), SecurityMockMvcRequestPostProcessors.user(viewer).roles("VIEWER")
        }) {
            mvc.perform(get(API + "/" + id).with(intruder)).andExpect(status().isForbidden());
            mvc.perform(get(API + "/" + id + "/changes").with(intruder)).andExpect(status().isForbidden());
            mvc.perform(body(put(API + "/" + id), Map.of("draft", other))
                            .header("If-Match", "\"1\"")
                            .with(intruder))
                    .andExpect(status().isForbidden());
            mvc.perform(post(API + "/" + id + "/submit").with(intruder)).andExpect(status().isForbidden());
            mvc.perform(delete(API + "/" + id).with(intruder)).andExpect(status().isForbidden());
            mvc.perform(post(API + "/" + id + "/publish").with(intruder)).andExpect(status().isForbidden());
            mvc.perform(get(API).with(intruder))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].id", not(hasItem(id))));
            // nor propose for an organisation they do not act for, or change its services
            mvc.perform(body(post(API), Map.of("draft", other)).with(intruder)).andExpect(status().isForbidden());
            mvc.perform(body(post(API), Map.of("serviceId", w.serviceA.id().toString()))
                            .with(intruder))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/directory/services/" + w.serviceA.id() + "/still-current")
                            .with(intruder))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/directory/stale").with(intruder)).andExpect(status().isForbidden());
        }
        // not signed in: nothing at all
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(post(API + "/" + id + "/submit")).andExpect(status().isUnauthorized());
        // members and planners read it; a missing one is 404
        mvc.perform(get(API + "/" + id).with(as(w.providerA))).andExpect(status().isOk());
        mvc.perform(get(API + "/" + id).with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.draft.name").value("Api-Zugriff Entwurf"));
        mvc.perform(get(API + "/" + UUID.randomUUID()).with(planner())).andExpect(status().isNotFound());
        mvc.perform(get(API).with(planner())).andExpect(jsonPath("$[*].id", hasItem(id)));
        // the organisation cannot be moved to another one
        mvc.perform(body(put(API + "/" + id), Map.of("draft", w.service(w.orgB.id(), "Api-Zugriff Umzug")))
                        .header("If-Match", "\"1\"")
                        .with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        // the owner withdraws the draft
        mvc.perform(delete(API + "/" + id).with(as(w.providerA))).andExpect(status().isNoContent());
        mvc.perform(get(API + "/" + id).with(as(w.providerA))).andExpect(status().isNotFound());
    }

    @Test
    void publishingOverAChangedServiceWarnsAndNeedsConfirmation() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Api-Konflikt");
        String body = mvc.perform(
                        body(post(API), Map.of("serviceId", w.serviceA.id().toString()))
                                .with(as(w.providerA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.baseVersion").value(w.serviceA.version()))
                .andExpect(jsonPath("$.draft.name").value(w.serviceA.content().name()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = created(body);
        // one open proposal per service
        mvc.perform(body(post(API), Map.of("serviceId", w.serviceA.id().toString()))
                        .with(as(w.providerA)))
                .andExpect(status().isConflict());

        ServiceDraft proposed = Drafts.with(w.serviceA.content(), "name", "Api-Konflikt Familienberatung (neu)");
        mvc.perform(body(put(API + "/" + id), Map.of("draft", proposed))
                        .header("If-Match", "\"1\"")
                        .with(as(w.providerA)))
                .andExpect(status().isOk());
        mvc.perform(get(API + "/" + id + "/changes").with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[0].path").value("name"))
                .andExpect(jsonPath("$.changes[0].published")
                        .value(w.serviceA.content().name()))
                .andExpect(jsonPath("$.changes[0].proposed").value("Api-Konflikt Familienberatung (neu)"))
                .andExpect(jsonPath("$.changes.length()").value(1))
                .andExpect(jsonPath("$.serviceChangedSince").value(false));
        mvc.perform(post(API + "/" + id + "/submit").with(as(w.providerA))).andExpect(status().isOk());

        // a planner changes the published entry in the meantime
        services.update(
                w.serviceA.id(),
                w.serviceA.version(),
                Drafts.with(w.serviceA.content(), "description", "Inzwischen geändert"),
                "planerin-review");
        mvc.perform(get(API + "/" + id + "/changes").with(planner()))
                .andExpect(jsonPath("$.serviceChangedSince").value(true))
                .andExpect(jsonPath("$.serviceChangedFields", hasItem("description")));
        mvc.perform(post(API + "/" + id + "/publish").with(planner()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("SERVICE_CHANGED"))
                .andExpect(jsonPath("$.changedFields", hasItem("description")));
        assertThat(services.find(w.serviceA.id()).orElseThrow().content().name())
                .isEqualTo(w.serviceA.content().name());

        mvc.perform(body(post(API + "/" + id + "/publish"), Map.of("confirmServiceChanged", true))
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.serviceId").value(w.serviceA.id().toString()));
        StoredService now = services.find(w.serviceA.id()).orElseThrow();
        assertThat(now.content().name()).isEqualTo("Api-Konflikt Familienberatung (neu)");
        assertThat(now.lastVerifiedAt()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")));
        // published: a new change may be proposed again
        mvc.perform(body(post(API), Map.of("serviceId", w.serviceA.id().toString()))
                        .with(as(w.providerA)))
                .andExpect(status().isCreated());
    }

    @Test
    void submittingNeedsDescriptionAndCategoryAndValidContent() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Api-Einreichen");
        ServiceDraft bare = Drafts.with(
                Drafts.with(w.service(w.orgA.id(), "Api-Einreichen Unfertig"), "description", null),
                "categoryCodes",
                java.util.List.of("gibt-es-nicht-review"));
        String id = created(mvc.perform(body(post(API), Map.of("draft", bare)).with(as(w.providerA)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(post(API + "/" + id + "/submit").with(as(w.providerA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("categoryCodes[0]")));
        mvc.perform(get(API + "/" + id).with(as(w.providerA)))
                .andExpect(jsonPath("$.state").value("DRAFT"));
    }

    @Test
    void staleEntriesAreThoseNotConfirmedForMoreThanTwelveMonths() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Api-Veraltet");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        StoredService exactly = services.create(w.service(w.orgA.id(), "Api-Veraltet Genau zwölf"), "test");
        StoredService older = services.create(w.service(w.orgA.id(), "Api-Veraltet Einen Tag älter"), "test");
        StoredService never = services.create(w.service(w.orgA.id(), "Api-Veraltet Nie geprüft"), "test");
        ReviewTestData.verifiedOn(jdbc, exactly.id(), today.minusMonths(12));
        ReviewTestData.verifiedOn(jdbc, older.id(), today.minusMonths(12).minusDays(1));
        ReviewTestData.verifiedOn(jdbc, never.id(), null);
        ReviewTestData.verifiedOn(jdbc, w.serviceA.id(), today);

        mvc.perform(get("/api/v1/directory/stale").with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(older.id().toString())))
                .andExpect(jsonPath("$[*].id", hasItem(never.id().toString())))
                .andExpect(jsonPath("$[*].id", not(hasItem(exactly.id().toString()))))
                .andExpect(jsonPath("$[*].id", not(hasItem(w.serviceA.id().toString()))));

        // the provider confirms: no longer stale, "zuletzt geprüft am" today, version unchanged
        mvc.perform(post("/api/v1/directory/services/" + older.id() + "/still-current")
                        .with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastVerifiedAt").value(today.toString()))
                .andExpect(jsonPath("$.stale").value(false));
        assertThat(services.find(older.id()).orElseThrow().version()).isEqualTo(older.version());
        mvc.perform(get("/api/v1/directory/stale").with(planner()))
                .andExpect(jsonPath("$[*].id", not(hasItem(older.id().toString()))));
        mvc.perform(post("/api/v1/directory/services/" + UUID.randomUUID() + "/still-current")
                        .with(as(w.providerA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEndpointsAreDocumentedAndAnUnknownOrganisationIsAFieldProblem() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/directory/change-requests/{id}/publish'].post.summary")
                        .value("Publish a submitted proposal (planners)"))
                .andExpect(jsonPath("$.paths['/api/v1/directory/stale'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/directory/services/{id}/still-current'].post")
                        .exists());
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Api-Unbekannt");
        mvc.perform(body(post(API), Map.of("draft", w.service(987_654_321L, "Api-Unbekannt Angebot")))
                        .with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        mvc.perform(body(post(API), Map.of()).with(planner()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("draft"));
    }

    private MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, Map<String, ?> content) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(new HashMap<>(content)));
    }

    private String created(String response) {
        JsonNode node = json.readTree(response);
        return node.get("id").asString();
    }
}
