package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class UserAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsUsersWithRolesAndState() throws Exception {
        String viewer = AccountTestData.aUser(accounts, Role.VIEWER);

        String html = mvc.perform(get("/admin/users").with(admin()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("<h1>Benutzer</h1>")
                .contains(viewer)
                .contains("Lesezugriff")
                .contains("aktiv");
    }

    @Test
    void createsUserAsAdministrator() throws Exception {
        String username = AccountTestData.aUsername("neu");

        mvc.perform(createUser(username, "Neue Planerin", "PLANNER", "ein langes passwort")
                        .with(admin()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attributeExists("message"));

        AppUser created = accounts.find(username).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Neue Planerin");
        assertThat(created.roles()).containsExactly(Role.PLANNER);
        assertThat(created.enabled()).isTrue();
        assertThat(created.passwordHash()).startsWith("{bcrypt}").doesNotContain("ein langes passwort");
        assertThat(auditActors("USER_CREATED", username)).containsExactly("admin");
    }

    @Test
    void forbidsViewerToCreateUsers() throws Exception {
        String viewer = AccountTestData.aUser(accounts, Role.VIEWER);
        String username = AccountTestData.aUsername("verboten");

        mvc.perform(createUser(username, "Niemand", "ADMIN", "ein langes passwort")
                        .with(user(viewer).roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(user(viewer).roles("VIEWER"))).andExpect(status().isForbidden());

        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void sendsAnonymousVisitorToLogin() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void rejectsDuplicateUsernameWithFieldError() throws Exception {
        String existing = AccountTestData.aUser(accounts, Role.VIEWER);

        String html = mvc.perform(createUser(existing, "Doppelt", "VIEWER", "ein langes passwort")
                        .with(admin())
                        .header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("userForm", "username", "account.user.username.taken"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("<p id=\"username-error\" class=\"field-error\">Diesen Benutzernamen gibt es bereits.</p>");
        assertThat(AccountTestData.control(html, "username"))
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"username-hint username-error\"");
        assertThat(AccountTestData.control(html, "displayName")).doesNotContain("aria-invalid");
        assertThat(accounts.find(existing).orElseThrow().displayName()).isNotEqualTo("Doppelt");
    }

    @Test
    void rejectsInitialPasswordShorterThanTwelveCharacters() throws Exception {
        String username = AccountTestData.aUsername("kurz");

        String html = mvc.perform(createUser(username, "Kurz", "VIEWER", "elf-zeichen")
                        .with(admin())
                        .header("Accept-Language", "de"))
                .andExpect(model().attributeHasFieldErrorCode("userForm", "password", "account.password.tooShort"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("mindestens 12 Zeichen").doesNotContain("elf-zeichen");
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void rejectsInvalidUsernameAndMissingDisplayName() throws Exception {
        mvc.perform(createUser("Anna Schmidt", "", "VIEWER", "ein langes passwort")
                        .with(admin())
                        .header("Accept-Language", "de"))
                .andExpect(model().attributeHasFieldErrors("userForm", "username", "displayName"))
                .andExpect(content().string(containsString("Bitte füllen Sie dieses Feld aus.")));
    }

    @Test
    void refusesToDisableOwnAccount() throws Exception {
        String admin = AccountTestData.aUser(accounts, Role.ADMIN);

        mvc.perform(post("/admin/users/{username}/disable", admin)
                        .with(user(admin).roles("ADMIN"))
                        .with(csrf())
                        .header("Accept-Language", "de"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("error", "Sie können Ihr eigenes Konto nicht deaktivieren."));

        assertThat(accounts.find(admin).orElseThrow().enabled()).isTrue();
        assertThat(auditActors("USER_DISABLED", admin)).isEmpty();
    }

    @Test
    void disablesAndEnablesAnotherAccount() throws Exception {
        String viewer = AccountTestData.aUser(accounts, Role.VIEWER);

        mvc.perform(post("/admin/users/{username}/disable", viewer)
                        .with(admin())
                        .with(csrf()))
                .andExpect(flash().attributeExists("message"));
        assertThat(accounts.find(viewer).orElseThrow().enabled()).isFalse();
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(viewer)
                        .password(AccountTestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/{username}/enable", viewer).with(admin()).with(csrf()))
                .andExpect(flash().attributeExists("message"));
        assertThat(accounts.find(viewer).orElseThrow().enabled()).isTrue();

        assertThat(auditActors("USER_DISABLED", viewer)).containsExactly("admin");
        assertThat(auditActors("USER_ENABLED", viewer)).containsExactly("admin");
    }

    @Test
    void endsOpenSessionsOfDisabledUser() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(planner)
                        .password(AccountTestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
        mvc.perform(get("/konto").session(session)).andExpect(status().isOk());

        mvc.perform(
                post("/admin/users/{username}/disable", planner).with(admin()).with(csrf()));

        mvc.perform(get("/konto").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void rejectsFormPostWithoutCsrfToken() throws Exception {
        String username = AccountTestData.aUsername("ohne-csrf");

        mvc.perform(post("/admin/users/new")
                        .param("username", username)
                        .param("displayName", "Ohne Token")
                        .param("role", "VIEWER")
                        .param("password", "ein langes passwort")
                        .param("passwordRepeat", "ein langes passwort")
                        .with(admin()))
                .andExpect(status().isForbidden());

        assertThat(accounts.exists(username)).isFalse();
    }

    private MockHttpServletRequestBuilder createUser(
            String username, String displayName, String role, String password) {
        return post("/admin/users/new")
                .param("username", username)
                .param("displayName", displayName)
                .param("role", role)
                .param("password", password)
                .param("passwordRepeat", password)
                .with(csrf());
    }

    private static RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
    }

    private List<String> auditActors(String action, String username) {
        return jdbc.sql("SELECT actor FROM audit_event WHERE action = :action AND entity_type = 'user'"
                        + " AND entity_key = :key ORDER BY id")
                .param("action", action)
                .param("key", username)
                .query(String.class)
                .list();
    }
}
