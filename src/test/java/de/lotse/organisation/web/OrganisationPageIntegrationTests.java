package de.lotse.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.organisation.Body;
import de.lotse.organisation.BodyKind;
import de.lotse.organisation.BodyMember;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organisation and body pages: lists, detail pages, forms with errors and conflicts, members (admins). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class OrganisationPageIntegrationTests {

    private final MockMvc mvc;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    @Autowired
    OrganisationPageIntegrationTests(MockMvc mvc, Organisations organisations, JdbcClient jdbc) {
        this.mvc = mvc;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Test
    void theListFiltersByKindProviderTypeAndTextWithoutJavaScript() throws Exception {
        Organisation provider = created(OrganisationTestData.provider("Filtertest Jugendhilfe gGmbH"));
        Organisation unit = created(OrganisationTestData.unit("Filtertest Fachdienst", null));

        mvc.perform(get("/organisationen").param("q", "filtertest"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Filtertest Jugendhilfe gGmbH")))
                .andExpect(content().string(containsString("Filtertest Fachdienst")))
                .andExpect(content().string(containsString("Beispieldaten")));
        mvc.perform(get("/organisationen").param("q", "FILTERTEST").param("kind", "PROVIDER"))
                .andExpect(content().string(containsString(provider.name())))
                .andExpect(content().string(not(containsString(unit.name()))))
                .andExpect(content().string(containsString("Träger sozialer Dienste (")));
        mvc.perform(get("/organisationen").param("q", "filtertest").param("providerType", "PUBLIC"))
                .andExpect(content().string(containsString(unit.name())))
                .andExpect(content().string(not(containsString(provider.name()))));
        mvc.perform(get("/organisationen").param("q", "nichts-passt-hierzu").param("lang", "en"))
                .andExpect(content().string(containsString("No organisation matches these filters.")));
    }

    @Test
    void anAnonymousVisitorSeesTheOrganisationButNotWhoActsForIt() throws Exception {
        Organisation parent = created(OrganisationTestData.unit("Detailtest Landkreis", null));
        Organisation unit = created(OrganisationTestData.unit("Detailtest Fachdienst", parent.id()));
        Organisation provider = created(OrganisationTestData.provider("Detailtest Träger"));
        Body body = organisations.createBody(
                OrganisationTestData.body("Detailtest AG", BodyKind.WORKING_GROUP),
                List.of(new BodyMember(parent.id(), "Geschäftsführung")));
        String username = OrganisationTestData.user(jdbc, "PROVIDER");
        organisations.addMember(parent.id(), username);

        String page = mvc.perform(get("/organisationen/" + parent.key()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Detailtest Landkreis", unit.name(), body.name(), "Geschäftsführung")
                .contains("/massnahmen?lead=" + parent.key(), "/massnahmen?partner=" + parent.key())
                .doesNotContain(username)
                .doesNotContain("Benutzer, die für die Organisation handeln");
        mvc.perform(get("/organisationen/" + parent.key()).with(user("leser").roles("VIEWER")))
                .andExpect(content().string(not(containsString(username))));
        mvc.perform(get("/organisationen/" + parent.key()).with(planner()))
                .andExpect(content().string(containsString(username)));
        mvc.perform(get("/organisationen/" + provider.key()))
                .andExpect(content().string(containsString("Beispieldaten")))
                .andExpect(content().string(containsString("Testdaten")));
        mvc.perform(get("/organisationen/gibt-es-nicht")).andExpect(status().isNotFound());
    }

    @Test
    void formsAreForPlannersOnly() throws Exception {
        mvc.perform(get("/organisationen/neu")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/organisationen/neu").with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisationen/neu")
                        .with(csrf())
                        .with(user("traeger").roles("PROVIDER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gremien/neu").with(user("leser").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/organisationen/neu").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Neue Organisation")));
    }

    @Test
    void aPlannerCreatesAnOrganisationAndSeesFieldErrors() throws Exception {
        mvc.perform(post("/organisationen/neu")
                        .with(csrf())
                        .with(planner())
                        .param("key", "Ungültig!")
                        .param("name", "")
                        .param("kind", "")
                        .param("email", "keine-mail"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte korrigieren Sie 4 Angaben")))
                .andExpect(content().string(containsString("Das ist keine E-Mail-Adresse.")))
                .andExpect(content().string(containsString("value=\"Ungültig!\"")));

        String key = OrganisationTestData.uniqueKey("formular");
        mvc.perform(post("/organisationen/neu")
                        .with(csrf())
                        .with(planner())
                        .param("key", key)
                        .param("name", "Formulartest e. V.")
                        .param("kind", "CLUB")
                        .param("providerType", "VOLUNTEER")
                        .param("website", "https://example.org/verein")
                        .param("exampleData", "true"))
                .andExpect(redirectedUrl("/organisationen/" + key));
        Organisation saved = organisations.find(key).orElseThrow();
        assertThat(saved.kind()).isEqualTo(OrganisationKind.CLUB);
        assertThat(saved.exampleData()).isTrue();
        assertThat(saved.updatedBy()).isEqualTo("planerin");
    }

    @Test
    void aStaleSaveShowsTheConflictAndKeepsTheInput() throws Exception {
        Organisation o = created(OrganisationTestData.provider("Konflikttest Träger"));
        organisations.update(o.key(), 1, withDescription(o, "Beschreibung der Kollegin"));

        mvc.perform(post("/organisationen/" + o.key() + "/bearbeiten")
                        .with(csrf())
                        .with(planner())
                        .param("version", "1")
                        .param("name", "Mein neuer Name")
                        .param("kind", "PROVIDER")
                        .param("providerType", "NON_PROFIT")
                        .param("description", "Meine Beschreibung"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Der Eintrag wurde inzwischen geändert")))
                .andExpect(content().string(containsString("Version 1")))
                .andExpect(content().string(containsString("Beschreibung der Kollegin")))
                .andExpect(content().string(containsString("value=\"Mein neuer Name\"")))
                .andExpect(content().string(containsString("Meine Beschreibung")))
                .andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
        assertThat(organisations.find(o.key()).orElseThrow().name()).isEqualTo("Konflikttest Träger");

        mvc.perform(post("/organisationen/" + o.key() + "/bearbeiten")
                        .with(csrf())
                        .with(planner())
                        .param("version", "2")
                        .param("name", "Mein neuer Name")
                        .param("kind", "PROVIDER"))
                .andExpect(redirectedUrl("/organisationen/" + o.key()));
        assertThat(organisations.find(o.key()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void administratorsManageWhoActsForAnOrganisation() throws Exception {
        Organisation o = created(OrganisationTestData.provider("Mitgliedertest Träger"));
        String username = OrganisationTestData.user(jdbc, "PROVIDER");
        String page = "/organisationen/" + o.key() + "/mitglieder";

        mvc.perform(get(page).with(planner())).andExpect(status().isForbidden());
        mvc.perform(post(page).with(csrf()).with(planner()).param("username", username))
                .andExpect(status().isForbidden());
        mvc.perform(post(page).with(csrf()).with(admin()).param("username", "niemand-" + username))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Einen Benutzer mit diesem Namen gibt es nicht.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post(page).with(csrf()).with(admin()).param("username", username))
                .andExpect(redirectedUrl(page));
        assertThat(organisations.members(o.id())).containsExactly(username);
        mvc.perform(get(page).with(admin())).andExpect(content().string(containsString(username)));
        mvc.perform(post(page + "/entfernen").with(csrf()).with(admin()).param("username", username))
                .andExpect(redirectedUrl(page));
        assertThat(organisations.members(o.id())).isEmpty();
    }

    @Test
    void bodiesAreListedByKindAndEditedWithTheirMembers() throws Exception {
        Organisation a = created(OrganisationTestData.provider("Gremientest Träger A"));
        Organisation b = created(OrganisationTestData.unit("Gremientest Leitstelle", null));
        String key = OrganisationTestData.uniqueKey("ausschuss");

        mvc.perform(post("/gremien/neu")
                        .with(csrf())
                        .with(planner())
                        .param("key", key)
                        .param("name", "Gremientest Ausschuss")
                        .param("kind", "COMMITTEE")
                        .param("convenorId", String.valueOf(b.id()))
                        .param("members[0].organisationId", String.valueOf(a.id()))
                        .param("members[0].role", "Vorsitz")
                        .param("members[1].organisationId", "")
                        .param("members[1].role", ""))
                .andExpect(redirectedUrl("/gremien/" + key));
        Body body = organisations.findBody(key).orElseThrow();
        assertThat(organisations.bodyMembers(body.id())).containsExactly(new BodyMember(a.id(), "Vorsitz"));

        mvc.perform(get("/gremien").param("kind", "COMMITTEE"))
                .andExpect(content().string(containsString("Gremientest Ausschuss")));
        mvc.perform(get("/gremien").param("kind", "NETWORK"))
                .andExpect(content().string(not(containsString("Gremientest Ausschuss"))));
        mvc.perform(get("/gremien/" + key))
                .andExpect(content().string(containsString("Gremientest Leitstelle")))
                .andExpect(content().string(containsString("Vorsitz")));
        mvc.perform(get("/gremien/" + key + "/bearbeiten").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Vorsitz\"")));

        // the same organisation twice is refused; the input stays
        mvc.perform(post("/gremien/" + key + "/bearbeiten")
                        .with(csrf())
                        .with(planner())
                        .param("version", "1")
                        .param("name", "Gremientest Ausschuss")
                        .param("kind", "COMMITTEE")
                        .param("members[0].organisationId", String.valueOf(a.id()))
                        .param("members[1].organisationId", String.valueOf(a.id()))
                        .param("members[1].role", "Zweimal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eine Organisation ist mehrfach genannt.")))
                .andExpect(content().string(containsString("value=\"Zweimal\"")));

        mvc.perform(post("/gremien/" + key + "/bearbeiten")
                        .with(csrf())
                        .with(planner())
                        .param("version", "1")
                        .param("name", "Gremientest Ausschuss")
                        .param("kind", "COMMITTEE")
                        .param("members[0].organisationId", String.valueOf(b.id()))
                        .param("members[0].role", "Geschäftsführung"))
                .andExpect(redirectedUrlPattern("/gremien/*"));
        assertThat(organisations.bodyMembers(body.id())).containsExactly(new BodyMember(b.id(), "Geschäftsführung"));

        // a save based on version 1 is refused, shows the stored members and keeps the input
        mvc.perform(post("/gremien/" + key + "/bearbeiten")
                        .with(csrf())
                        .with(planner())
                        .param("version", "1")
                        .param("name", "Gremientest Ausschuss")
                        .param("kind", "COMMITTEE")
                        .param("members[0].organisationId", String.valueOf(a.id()))
                        .param("members[0].role", "Meine Rolle"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Der Eintrag wurde inzwischen geändert")))
                .andExpect(content().string(containsString("Gremientest Leitstelle (Geschäftsführung)")))
                .andExpect(content().string(containsString("value=\"Meine Rolle\"")));
        assertThat(organisations.bodyMembers(body.id())).containsExactly(new BodyMember(b.id(), "Geschäftsführung"));
    }

    private Organisation created(OrganisationDraft draft) {
        return organisations.create(draft);
    }

    private static OrganisationDraft withDescription(Organisation o, String description) {
        OrganisationDraft d = OrganisationDraft.of(o);
        return new OrganisationDraft(
                d.key(),
                d.name(),
                d.shortName(),
                d.kind(),
                d.providerType(),
                d.parentId(),
                d.territoryId(),
                description,
                d.website(),
                d.email(),
                d.phone(),
                d.exampleData(),
                d.sourceNote());
    }

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }

    private static RequestPostProcessor admin() {
        return user("verwalterin").roles("ADMIN");
    }
}
