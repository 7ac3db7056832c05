package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AccountPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void showsUsernameDisplayNameAndRoles() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        String html = page(planner);

        assertThat(html)
                .contains("<h1>Mein Konto</h1>")
                .contains(planner)
                .contains("Test " + planner)
                .contains("Sozialplanung")
                .contains("Sie haben noch keine API-Tokens.");
    }

    @Test
    void changesPassword() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        mvc.perform(changePassword(planner, AccountTestData.PASSWORD, "ein ganz neues passwort"))
                .andExpect(redirectedUrl("/konto"));

        String hash = accounts.find(planner).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("ein ganz neues passwort", hash)).isTrue();
        assertThat(auditCount("PASSWORD_CHANGED", "user", planner)).isEqualTo(1);
    }

    @Test
    void rejectsWrongCurrentPassword() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        mvc.perform(changePassword(planner, "nicht das passwort", "ein ganz neues passwort"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "passwordForm", "currentPassword", "account.password.current.wrong"));

        String hash = accounts.find(planner).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(AccountTestData.PASSWORD, hash)).isTrue();
    }

    @Test
    void rejectsNewPasswordShorterThanTwelveCharacters() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        String html = mvc.perform(changePassword(planner, AccountTestData.PASSWORD, "elf-zeichen"))
                .andExpect(
                        model().attributeHasFieldErrorCode("passwordForm", "newPassword", "account.password.tooShort"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Das Passwort muss mindestens 12 Zeichen lang sein.")
                .doesNotContain("elf-zeichen");
        assertThat(AccountTestData.control(html, "newPassword"))
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"newPassword-hint newPassword-error\"");
        assertThat(auditCount("PASSWORD_CHANGED", "user", planner)).isZero();
    }

    @Test
    void reportsWrongCurrentPasswordTogetherWithOtherErrors() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        mvc.perform(changePassword(planner, "nicht das passwort", "kurz"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "passwordForm", "currentPassword", "account.password.current.wrong"))
                .andExpect(
                        model().attributeHasFieldErrorCode("passwordForm", "newPassword", "account.password.tooShort"));
    }

    @Test
    void rejectsDifferentRepetition() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        mvc.perform(post("/konto/passwort")
                        .param("currentPassword", AccountTestData.PASSWORD)
                        .param("newPassword", "ein ganz neues passwort")
                        .param("newPasswordRepeat", "ein ganz anderes passwort")
                        .with(as(planner))
                        .with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode(
                                "passwordForm", "newPasswordRepeat", "account.password.mismatch"));
    }

    @Test
    void showsNewTokenExactlyOnceAndStoresOnlyItsHash() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        MvcResult created = mvc.perform(post("/konto/tokens")
                        .param("name", "Import-Skript")
                        .with(as(planner))
                        .with(csrf()))
                .andExpect(redirectedUrl("/konto#neuer-token"))
                .andReturn();
        String token = (String) created.getFlashMap().get("createdToken");

        String firstView = mvc.perform(get("/konto")
                        .flashAttrs(created.getFlashMap())
                        .with(as(planner))
                        .header("Accept-Language", "de"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(firstView)
                .contains(token)
                .contains("curl -H &quot;Authorization: Bearer " + token + "&quot; http://localhost/api/v1/me")
                .contains("Import-Skript")
                .contains(token.substring(0, 12) + "…");
        assertThat(page(planner)).doesNotContain(token).contains(token.substring(0, 12) + "…");

        List<String> stored = jdbc.sql("SELECT token_prefix || ' ' || token_hash FROM api_token t"
                        + " JOIN app_user u ON u.id = t.user_id WHERE u.username = :username")
                .param("username", planner)
                .query(String.class)
                .list();
        assertThat(stored).containsExactly(token.substring(0, 12) + " " + new ApiTokenSecret(token).hash());
        int audited = jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE action = 'API_TOKEN_CREATED'"
                                + " AND actor = :owner AND details ->> 'owner' = :owner AND details ->> 'name' = 'Import-Skript'")
                .param("owner", planner)
                .query(Integer.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void revokesOwnTokenOnly() throws Exception {
        String owner = AccountTestData.aUser(accounts, Role.PLANNER);
        String other = AccountTestData.aUser(accounts, Role.PLANNER);
        mvc.perform(
                post("/konto/tokens").param("name", "Skript").with(as(owner)).with(csrf()));
        long id = jdbc.sql("SELECT t.id FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", owner)
                .query(Long.class)
                .single();

        mvc.perform(post("/konto/tokens/{id}/widerrufen", id).with(as(other)).with(csrf()))
                .andExpect(redirectedUrl("/konto"));
        assertThat(isRevoked(id)).isFalse();

        mvc.perform(post("/konto/tokens/{id}/widerrufen", id).with(as(owner)).with(csrf()))
                .andExpect(redirectedUrl("/konto"));
        assertThat(isRevoked(id)).isTrue();
        assertThat(auditCount("API_TOKEN_REVOKED", "api-token", Long.toString(id)))
                .isEqualTo(1);
        assertThat(page(owner)).contains("widerrufen am");
    }

    @Test
    void rejectsTokenWithoutName() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        mvc.perform(post("/konto/tokens").param("name", "  ").with(as(planner)).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("tokenForm", "name"));
    }

    @Test
    void rejectsFormPostWithoutCsrfToken() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        mvc.perform(post("/konto/tokens").param("name", "Skript").with(as(planner)))
                .andExpect(status().isForbidden());
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/konto").with(as(username)).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder changePassword(String username, String current, String newPassword) {
        return post("/konto/passwort")
                .param("currentPassword", current)
                .param("newPassword", newPassword)
                .param("newPasswordRepeat", newPassword)
                .header("Accept-Language", "de")
                .with(as(username))
                .with(csrf());
    }

    private static RequestPostProcessor as(String username) {
        return user(username).roles("PLANNER");
    }

    private boolean isRevoked(long id) {
        return jdbc.sql("SELECT revoked_at IS NOT NULL FROM api_token WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private int auditCount(String action, String entityType, String entityKey) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND entity_type = :type"
                        + " AND entity_key = :key")
                .param("action", action)
                .param("type", entityType)
                .param("key", entityKey)
                .query(Integer.class)
                .single();
    }
}
