package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.DispatcherServlet;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void rendersAccessibleLoginForm() throws Exception {
        String html = mvc.perform(get("/login").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("<h1>Anmelden</h1>")
                .contains("<label for=\"username\">Benutzername</label>")
                .contains("<label for=\"password\">Passwort</label>")
                .contains("autocomplete=\"current-password\"")
                .containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"")
                .doesNotContain("aria-invalid");
    }

    @Test
    void redirectsWrongPasswordToLoginPageThatShowsError() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("wrong-password-123"))
                .andExpect(redirectedUrl("/login?error"));

        String html = mvc.perform(get("/login").param("error", "").header("Accept-Language", "de"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("role=\"alert\"")
                .contains("Benutzername oder Passwort ist falsch")
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"login-error\"");
        assertThat(AccountTestData.control(html, "password")).contains("aria-invalid=\"true\"");
    }

    @Test
    void showsErrorInEnglish() throws Exception {
        mvc.perform(get("/login").param("error", "").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("the username or password is wrong")));
    }

    @Test
    void returnsToTheRequestedPageAfterLogin() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/konto").session(session)).andExpect(redirectedUrl("/login"));

        mvc.perform(post("/login")
                        .session(session)
                        .param("username", planner)
                        .param("password", AccountTestData.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("http://localhost/konto?continue"));
    }

    @Test
    void acceptsUsernameInUpperCase() throws Exception {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);

        mvc.perform(formLogin("/login").user(planner.toUpperCase()).password(AccountTestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signsOutToStartPageWithMessage() throws Exception {
        MockHttpSession signedOut = (MockHttpSession) mvc.perform(post("/logout")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .header("Accept-Language", "de"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);

        // the session of the signed-in user has ended; the message travels in the new one
        Map<?, ?> flash = (Map<?, ?>) mvc.perform(get("/").session(signedOut))
                .andReturn()
                .getRequest()
                .getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE);
        assertThat(flash.get("message")).isEqualTo("Sie wurden abgemeldet.");
    }
}
