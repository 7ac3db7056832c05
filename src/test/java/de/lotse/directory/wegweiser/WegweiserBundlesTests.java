package de.lotse.directory.wegweiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Wegweiser speaks six languages: every text exists in each, none is empty, every pattern is valid. */
class WegweiserBundlesTests {

    private static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "ru", "uk");

    @Test
    void everyLanguageHasExactlyTheGermanKeys() throws IOException {
        Set<String> german = load("i18n/wegweiser_de.properties").stringPropertyNames();
        assertThat(load("i18n/wegweiser.properties").stringPropertyNames()).isEqualTo(german);
        for (String lang : LANGUAGES) {
            Set<String> keys =
                    new TreeSet<>(load("i18n/wegweiser_" + lang + ".properties").stringPropertyNames());
            assertThat(keys).as("keys of wegweiser_" + lang).isEqualTo(new TreeSet<>(german));
        }
    }

    @Test
    void noTextIsEmptyAndEveryPatternFormats() throws IOException {
        for (String lang : LANGUAGES) {
            Properties texts = load("i18n/wegweiser_" + lang + ".properties");
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(key + " in " + lang).isNotBlank();
                if (text.contains("{0}")) {
                    assertThat(new MessageFormat(text, Locale.forLanguageTag(lang)).format(new Object[] {7, 9}))
                            .as(key + " in " + lang)
                            .contains("7");
                }
            }
        }
    }

    @Test
    void theLayoutTextsOfTheOtherLanguagesAreGermanKeysWithText() throws IOException {
        Set<String> known = new TreeSet<>(load("messages_de.properties").stringPropertyNames());
        for (String other : List.of(
                "i18n/planningpages_de.properties",
                "i18n/organisation_de.properties",
                "i18n/directory_de.properties")) {
            known.addAll(load(other).stringPropertyNames());
        }
        for (String lang : List.of("tr", "ar", "ru", "uk")) {
            Properties texts = load("messages_" + lang + ".properties");
            assertThat(known).as("keys of messages_" + lang).containsAll(texts.stringPropertyNames());
            assertThat(texts.stringPropertyNames())
                    .as("layout texts in messages_" + lang)
                    .contains(
                            "layout.skip",
                            "layout.mainNav",
                            "layout.language",
                            "layout.untranslated",
                            "nav.home",
                            "footer.sources",
                            "footer.accessibility");
            texts.stringPropertyNames()
                    .forEach(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WegweiserBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
