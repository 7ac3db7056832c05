package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsSystemAsActorOutsideRequests() {
        String key = AccountTestData.aUsername("system");

        audit.record("TEST_DONE", "test", key, "Test ohne Anmeldung", Map.of());

        assertThat(column("actor", key)).isEqualTo("system");
        assertThat(column("details::text", key)).isNull();
    }

    @Test
    void recordsSignedInUserAsActorAndDetailsAsJson() {
        String key = AccountTestData.aUsername("user");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "anna.schmidt", null, List.of(Role.PLANNER.authority())));

        audit.record("TEST_DONE", "test", key, "Test mit Anmeldung", Map.of("count", 3, "names", List.of("a", "b")));

        assertThat(column("actor", key)).isEqualTo("anna.schmidt");
        assertThat(column("details ->> 'count'", key)).isEqualTo("3");
        assertThat(column("details -> 'names' ->> 1", key)).isEqualTo("b");
        assertThat(column("jsonb_typeof(details)", key)).isEqualTo("object");
    }

    @Test
    void recordsAllEntriesOfABatch() {
        String type = AccountTestData.aUsername("batch");

        audit.recordAll(IntStream.range(0, 25)
                .mapToObj(i -> new AuditEntry("TEST_IMPORTED", type, "key-" + i, "Eintrag " + i))
                .toList());

        assertThat(countOfType(type)).isEqualTo(25);
    }

    @Test
    void rollsBackWithTheCallersTransaction() {
        String type = AccountTestData.aUsername("rollback");

        transaction.executeWithoutResult(status -> {
            audit.record("TEST_DONE", type, "a", "wird zurückgerollt", Map.of());
            audit.recordAll(List.of(new AuditEntry("TEST_DONE", type, "b", "auch dieser")));
            status.setRollbackOnly();
        });

        assertThat(countOfType(type)).isZero();
    }

    @Test
    void rejectsIncompleteEntries() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry(" ", "user", "anna", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntry("A".repeat(65), "user", "anna", "x"));
    }

    @Test
    void showsNewestEventsInGermanTimeFormatFilteredByType() throws Exception {
        String type = AccountTestData.aUsername("seite");
        audit.record("TEST_SHOWN", type, "schluessel-1", "Sichtbarer Eintrag", Map.of());
        String today =
                ZonedDateTime.now(AccountPageAdvice.GERMAN_TIME).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        String html = mvc.perform(get("/admin/audit")
                        .param("type", type)
                        .header("Accept-Language", "de")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("<h1>Änderungsprotokoll</h1>")
                .contains("Sichtbarer Eintrag")
                .contains("schluessel-1")
                .containsPattern(today + " \\d{2}:\\d{2}")
                .contains("<option value=\"" + type + "\" selected=\"selected\">")
                .doesNotContain("USER_CREATED");
    }

    @Test
    void pagesFiftyEventsAtATime() throws Exception {
        String type = AccountTestData.aUsername("blaettern");
        audit.recordAll(IntStream.range(0, 120)
                .mapToObj(i -> new AuditEntry("TEST_PAGED", type, "nr-" + i, "Eintrag " + i))
                .toList());

        String first = auditPage(type, 0);
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first)
                .contains(">nr-119<")
                .doesNotContain(">nr-69<")
                .contains("Ältere")
                .doesNotContain("Neuere");
        assertThat(first).contains("/admin/audit?type=" + type + "&amp;page=1");

        String last = auditPage(type, 2);
        assertThat(rows(last)).isEqualTo(20);
        assertThat(last).contains(">nr-0<").contains("Neuere").doesNotContain("Ältere");
    }

    @Test
    void forbidsAuditTrailToNonAdministrators() throws Exception {
        mvc.perform(get("/admin/audit").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user("planner").roles("PLANNER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
    }

    private String auditPage(String type, int page) throws Exception {
        return mvc.perform(get("/admin/audit")
                        .param("type", type)
                        .param("page", Integer.toString(page))
                        .header("Accept-Language", "de")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int rows(String html) {
        return html.split("<code>TEST_PAGED</code>", -1).length - 1;
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private String column(String expression, String key) {
        return jdbc.sql("SELECT " + expression + " FROM audit_event WHERE entity_key = :key")
                .param("key", key)
                .query((rs, n) -> rs.getString(1))
                .list()
                .getFirst();
    }

    private int countOfType(String type) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = :type")
                .param("type", type)
                .query(Integer.class)
                .single();
    }
}
