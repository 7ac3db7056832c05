package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Key journeys of the account pages in headless Chromium, each page scanned with axe-core (WCAG 2.1 AA). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AccountBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    @Autowired
    UserAccounts accounts;

    @Test
    void plannerSignsInCreatesTokenAndRevokesIt() {
        String planner = AccountTestData.aUser(accounts, Role.PLANNER);
        browser.open("/konto");
        assertThat(browser.currentPath()).isEqualTo("/login");
        browser.find("#username").sendKeys(planner);
        browser.find("#password").sendKeys("falsches passwort");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.text("#login-error")).contains("Benutzername oder Passwort ist falsch");
        browser.axe().screenshot("account-login-error");

        browser.find("#username").sendKeys(planner);
        browser.find("#password").sendKeys(AccountTestData.PASSWORD);
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.currentPath()).startsWith("/konto");
        assertThat(browser.text("h1")).isEqualTo("Mein Konto");
        browser.axe();

        browser.find("#name").sendKeys("Browser-Test");
        browser.clickAndWait(browser.find("form[action='/konto/tokens'] button"));
        String token = browser.text("#neuer-token code.token");
        assertThat(token).startsWith("lotse_");
        assertThat(browser.text("#neuer-token pre")).contains("Authorization: Bearer " + token);
        browser.axe().screenshot("account-token-created");

        browser.clickAndWait(browser.find("form[action$='/widerrufen'] button"));
        assertThat(browser.text("main")).contains("Der Token wurde widerrufen.").doesNotContain(token);
        browser.axe();
    }

    @Test
    void administratorCreatesUserAndFindsItInTheAuditTrail() {
        String username = AccountTestData.aUsername("browser");
        browser.login("admin", AccountTestData.ADMIN_PASSWORD).open("/admin/users/new");
        // the server's own checks, without the browser's "required" checks
        browser.script("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
        browser.find("#username").sendKeys("Anna Schmidt");
        browser.find("#password").sendKeys("zu kurz");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.find("#username").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#password-error")).contains("mindestens 12 Zeichen");
        browser.axe().screenshot("account-user-form-errors");

        browser.find("#username").clear();
        browser.find("#username").sendKeys(username);
        browser.find("#displayName").sendKeys("Anna Schmidt (Sozialplanung)");
        new Select(browser.find("#role")).selectByValue("PLANNER");
        browser.find("#password").sendKeys("ein langes passwort");
        browser.find("#passwordRepeat").sendKeys("ein langes passwort");
        browser.clickAndWait(browser.find("main form button[type=submit]"));
        assertThat(browser.currentPath()).isEqualTo("/admin/users");
        assertThat(browser.text("main")).contains("Der Benutzer „" + username + "“ wurde angelegt.");
        browser.axe().screenshot("account-users");

        browser.open("/admin/audit?type=user");
        assertThat(browser.text("#audit-caption")).contains("user");
        assertThat(browser.text("main table")).contains(username).contains("USER_CREATED");
        browser.axe().screenshot("account-audit");
    }

    @Test
    void swaggerUiRendersUnderItsContentSecurityPolicy() {
        browser.open("/api/docs");

        browser.waitFor(".opblock-summary-path[data-path='/api/v1/me']");
        assertThat(browser.currentPath()).contains("swagger-ui");
    }
}
