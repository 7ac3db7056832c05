package de.lotse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The checks of {@link Browser} find real problems: a page broken on purpose fails the axe-core scan, and an inline
 * script that the Content-Security-Policy blocks fails the console check. Without these, a green browser test could
 * mean that nothing was checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BrowserChecksBrowserTests {

    static Browser browser;

    @RegisterExtension
    static final Browser.PerClass session = new Browser.PerClass(b -> browser = b);

    @Test
    void axeScanFailsOnAnImageWithoutTextAlternativeAndNamesTheElement() {
        browser.open("/barrierefreiheit").axe();
        browser.script("var img = document.createElement('img'); img.src = '/img/lotse.svg'; img.id = 'broken';"
                + "document.querySelector('main').appendChild(img);");

        assertThatThrownBy(browser::axe)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("critical")
                .hasMessageContaining("#broken");
    }

    @Test
    void axeScanFailsOnTextWithTooLittleContrast() {
        browser.open("/barrierefreiheit");
        browser.script("document.querySelector('main p').style.color = '#bbbbbb';");

        assertThatThrownBy(browser::axe).hasMessageContaining("color-contrast");
    }

    @Test
    void consoleCheckReportsAnInlineScriptThatTheContentSecurityPolicyBlocks() {
        browser.open("/barrierefreiheit");
        browser.script("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';"
                + "document.body.appendChild(s);");

        assertThat(nextConsoleErrors()).anySatisfy(e -> assertThat(e).contains("Content Security Policy"));
        assertThat(browser.script("return window.inlineRan === true")).isEqualTo(false);
    }

    @Test
    void consoleCheckReportsAnUncaughtScriptError() {
        browser.open("/barrierefreiheit");
        browser.script("setTimeout(function () { throw new Error('broken on purpose'); }, 0);");

        assertThat(nextConsoleErrors()).anySatisfy(e -> assertThat(e).contains("broken on purpose"));
    }

    /** Waits for the browser to log errors and returns them. */
    private static List<String> nextConsoleErrors() {
        return browser.waitFor(d -> {
            List<String> errors = browser.consoleErrors();
            return errors.isEmpty() ? null : errors;
        });
    }
}
