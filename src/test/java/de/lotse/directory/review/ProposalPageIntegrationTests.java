package de.lotse.directory.review;

import static de.lotse.directory.review.ReviewTestData.as;
import static de.lotse.directory.review.ReviewTestData.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.directory.DirectoryServices;
import de.lotse.directory.Drafts;
import de.lotse.directory.ReviewState;
import de.lotse.organisation.Organisations;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The directory start page, the proposal pages and the planners' review pages: content, forms and the 403 matrix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ProposalPageIntegrationTests {

    private final MockMvc mvc;
    private final Organisations organisations;
    private final DirectoryServices services;
    private final DirectoryProposals proposals;
    private final JdbcClient jdbc;

    @Autowired
    ProposalPageIntegrationTests(
            MockMvc mvc,
            Organisations organisations,
            DirectoryServices services,
            DirectoryProposals proposals,
            JdbcClient jdbc) {
        this.mvc = mvc;
        this.organisations = organisations;
        this.services = services;
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    @Test
    void aProviderProposesWithTheFormAndSubmits() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Seite-Formular");
        mvc.perform(get("/verzeichnis/vorschlaege/neu").with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"proposal-form\"")))
                .andExpect(content().string(containsString("Seite-Formular Beratung")));
        // a further place without JavaScript: the form comes back with one more group, nothing saved
        mvc.perform(form(post("/verzeichnis/vorschlaege/neu"), w, "Seite-Formular Neu", "09:00", "12:00")
                        .param("action", "addSite")
                        .with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"sites[1].newName\"")))
                .andExpect(content().string(containsString("value=\"Seite-Formular Neu\"")));
        // errors: shown in a summary, the input kept
        mvc.perform(form(post("/verzeichnis/vorschlaege/neu"), w, "", "12:00", "9 Uhr")
                        .with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#sites-0-schedules-0-closesAt\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        String location = mvc.perform(
                        form(post("/verzeichnis/vorschlaege/neu"), w, "Seite-Formular Neu", "09:00", "12:00")
                                .with(as(w.providerA)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/verzeichnis/vorschlaege/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Proposal saved = withAs(w.providerA, () -> proposals.find(id));
        assertThat(saved.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(saved.draft().sites()).hasSize(1);
        assertThat(saved.draft().sites().getFirst().schedules().getFirst().byday())
                .isEqualTo("TU,TH");

        mvc.perform(get(location).with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seite-Formular Neu")))
                .andExpect(content().string(containsString("id=\"submit-proposal\"")));
        mvc.perform(get(location + "/bearbeiten").with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Seite-Formular Neu\"")));
        // saving on an old version keeps the input and names the other change
        mvc.perform(form(post(location + "/bearbeiten"), w, "Seite-Formular Neuer", "09:00", "12:00")
                        .param("version", "1")
                        .with(as(w.providerA)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post(location + "/bearbeiten"), w, "Seite-Formular Andere Fassung", "09:00", "12:00")
                        .param("version", "1")
                        .with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("value=\"Seite-Formular Andere Fassung\"")));
        mvc.perform(form(post(location + "/bearbeiten"), w, "Seite-Formular Neuer", "09:00", "12:00")
                        .param("version", "2")
                        .param("action", "submit")
                        .with(as(w.providerA)))
                .andExpect(status().is3xxRedirection());
        assertThat(withAs(w.providerA, () -> proposals.find(id)).state()).isEqualTo(ReviewState.SUBMITTED);
        mvc.perform(get(location + "/bearbeiten").with(as(w.providerA))).andExpect(status().is3xxRedirection());
    }

    @Test
    void theStartPageShowsEntriesStalenessAndProposals() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Seite-Start");
        ReviewTestData.verifiedOn(jdbc, w.serviceA.id(), null);
        Proposal proposal =
                withAs(w.providerA, () -> proposals.proposeNew(w.service(w.orgA.id(), "Seite-Start Vorschlag")));
        withAs(w.providerA, () -> proposals.submit(proposal.id(), null));
        withAs(
                "planerin-review",
                "PLANNER",
                () -> proposals.returnToProvider(proposal.id(), null, "Bitte Zeiten ergänzen"));

        mvc.perform(get("/verzeichnis").with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(w.serviceA.content().name())))
                .andExpect(content().string(containsString("veraltet – bitte prüfen")))
                .andExpect(content().string(containsString("noch nie")))
                .andExpect(content().string(containsString("Seite-Start Vorschlag")))
                .andExpect(content().string(containsString("zurückgegeben")))
                .andExpect(content().string(containsString("Bitte Zeiten ergänzen")))
                .andExpect(content().string(not(containsString("id=\"planner-tasks\""))));
        mvc.perform(get("/verzeichnis").with(as(w.providerB)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(not(containsString(w.serviceA.content().name()))))
                .andExpect(content().string(not(containsString("Seite-Start Vorschlag"))));
        mvc.perform(post("/verzeichnis/bestaetigen/" + w.serviceA.id())
                        .with(csrf())
                        .with(as(w.providerA)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/verzeichnis").with(as(w.providerA)))
                .andExpect(content().string(not(containsString("veraltet – bitte prüfen"))));
        mvc.perform(get("/verzeichnis?lang=en").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"planner-tasks\"")))
                // the directory's other work pages are linked when the application has them
                .andExpect(content().string(containsString("href=\"/verzeichnis/angebote\"")))
                .andExpect(content().string(containsString("/verzeichnis/pruefung")));
        // a change proposal starts from the published entry; a second click opens the same proposal
        String edit = mvc.perform(post("/verzeichnis/vorschlaege/aenderung")
                        .param("serviceId", w.serviceA.id().toString())
                        .with(csrf())
                        .with(as(w.providerA)))
                .andExpect(redirectedUrlPattern("/verzeichnis/vorschlaege/*/bearbeiten"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(edit).with(as(w.providerA)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("value=\"" + w.serviceA.content().name() + "\"")));
        mvc.perform(post("/verzeichnis/vorschlaege/aenderung")
                        .param("serviceId", w.serviceA.id().toString())
                        .with(csrf())
                        .with(as(w.providerA)))
                .andExpect(redirectedUrlPattern("/verzeichnis/vorschlaege/*"));
    }

    @Test
    void thePagesRefuseEverybodyButPlannersAndMembers() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Seite-Zugriff");
        Proposal proposal =
                withAs(w.providerA, () -> proposals.proposeNew(w.service(w.orgA.id(), "Seite-Zugriff Geheim")));
        String p = "/verzeichnis/vorschlaege/" + proposal.id();
        for (MockHttpServletRequestBuilder request : List.of(
                get(p),
                get(p + "/bearbeiten"),
                post(p + "/bearbeiten").param("version", "1").param("name", "x"),
                post(p + "/einreichen").param("version", "1"),
                post(p + "/zurueckziehen").param("version", "1"),
                post("/verzeichnis/bestaetigen/" + w.serviceA.id()),
                post("/verzeichnis/vorschlaege/aenderung")
                        .param("serviceId", w.serviceA.id().toString()),
                get("/verzeichnis/pruefung"),
                get("/verzeichnis/pruefung/" + proposal.id()),
                post("/verzeichnis/pruefung/" + proposal.id() + "/veroeffentlichen")
                        .param("version", "1"),
                post("/verzeichnis/pruefung/" + proposal.id() + "/zurueckgeben")
                        .param("version", "1")
                        .param("note", "x"),
                get("/verzeichnis/veraltet"))) {
            mvc.perform(request.with(csrf()).with(as(w.providerB)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Seite-Zugriff Geheim"))));
        }
        // the provider itself does not decide
        mvc.perform(get("/verzeichnis/pruefung/" + proposal.id()).with(as(w.providerA)))
                .andExpect(status().isForbidden());
        // a user of no organisation cannot propose a new service
        mvc.perform(get("/verzeichnis/vorschlaege/neu").with(as("niemand-review")))
                .andExpect(status().isForbidden());
        // not signed in: the login page, never the proposal
        mvc.perform(get(p)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/verzeichnis")).andExpect(status().is3xxRedirection());
        mvc.perform(get(p).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seite-Zugriff Geheim")));
    }

    @Test
    void aPlannerReviewsReturnsAndPublishesWithConfirmation() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Seite-Pruefung");
        Proposal proposal = withAs(
                w.providerA,
                () -> proposals.proposeChange(
                        w.serviceA.id(),
                        Drafts.with(w.serviceA.content(), "name", "Seite-Pruefung Familienberatung geändert")));
        withAs(w.providerA, () -> proposals.submit(proposal.id(), null));
        String review = "/verzeichnis/pruefung/" + proposal.id();

        mvc.perform(get("/verzeichnis/pruefung").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seite-Pruefung Familienberatung geändert")));
        mvc.perform(get(review).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"changes-table\"")))
                .andExpect(content().string(containsString(w.serviceA.content().name())))
                .andExpect(content().string(not(containsString("id=\"service-changed\""))));
        mvc.perform(post(review + "/zurueckgeben")
                        .param("version", "2")
                        .param("note", " ")
                        .with(csrf())
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"note-error\"")));

        services.update(
                w.serviceA.id(),
                w.serviceA.version(),
                Drafts.with(w.serviceA.content(), "url", "https://example.org/geaendert"),
                "planerin-review");
        mvc.perform(post(review + "/veroeffentlichen")
                        .param("version", "2")
                        .with(csrf())
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"service-changed\"")))
                .andExpect(content().string(containsString("id=\"confirm-error\"")));
        mvc.perform(post(review + "/veroeffentlichen")
                        .param("version", "2")
                        .param("confirmServiceChanged", "true")
                        .with(csrf())
                        .with(planner()))
                .andExpect(status().is3xxRedirection());
        assertThat(services.find(w.serviceA.id()).orElseThrow().content().name())
                .isEqualTo("Seite-Pruefung Familienberatung geändert");
        mvc.perform(get("/verzeichnis/veraltet?lang=en").with(planner())).andExpect(status().isOk());
    }

    @Test
    void scriptAndHtmlInAProposalAreShownAsText() throws Exception {
        ReviewTestData w = new ReviewTestData(organisations, services, jdbc, "Seite-XSS");
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'><svg onload=alert(2)>";
        Proposal proposal = withAs(
                w.providerA,
                () -> proposals.proposeNew(
                        Drafts.with(w.service(w.orgA.id(), "Seite-XSS " + payload), "description", payload)));
        try {
            withAs(w.providerA, () -> proposals.submit(proposal.id(), null));
        } catch (ProposalException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        for (String path : List.of(
                "/verzeichnis",
                "/verzeichnis/vorschlaege/" + proposal.id(),
                "/verzeichnis/pruefung",
                "/verzeichnis/pruefung/" + proposal.id())) {
            var user = path.contains("pruefung") ? planner() : as(w.providerA);
            String html = mvc.perform(get(path).with(user))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(path).contains("&lt;script&gt;alert(");
            assertThat(html)
                    .as(path)
                    .doesNotContain("<script>alert", "<img src=x", "<svg onload", "href=\"javascript:");
        }
    }

    private static MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, ReviewTestData w, String name, String opens, String closes) {
        return request.with(csrf())
                .param("organisationId", Long.toString(w.orgA.id()))
                .param("name", name)
                .param("description", "Offene Sprechstunde in der Schule")
                .param("status", "ACTIVE")
                .param("categoryCodes", w.category)
                .param("freeOfCharge", "true")
                .param("languages", "de, tr")
                .param("phones[0].number", "05171 123")
                .param("sites[0].newName", name + " Grundschule")
                .param("sites[0].newFacilityType", "SCHOOL")
                .param("sites[0].newCity", "Peine")
                .param("sites[0].schedules[0].kind", "RECURRING")
                .param("sites[0].schedules[0].weekdays", "TU", "TH")
                .param("sites[0].schedules[0].dtstart", "2026-01-06")
                .param("sites[0].schedules[0].opensAt", opens)
                .param("sites[0].schedules[0].closesAt", closes)
                .param("sites[0].schedules[0].skipSchoolHolidays", "true");
    }

    private static <T> T withAs(String username, java.util.function.Supplier<T> action) {
        return withAs(username, "PROVIDER", action);
    }

    private static <T> T withAs(String username, String role, java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                username,
                "n/a",
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
