package de.lotse.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTests {

    @Test
    void englishHasEveryGermanTextAndNoOther() throws IOException {
        for (String basename : basenames()) {
            Set<String> german = keys(basename + "_de.properties");
            Set<String> english = keys(basename + "_en.properties");

            assertThat(difference(german, english))
                    .as("keys missing in " + basename + "_en.properties")
                    .isEmpty();
            assertThat(difference(english, german))
                    .as("keys missing in " + basename + "_de.properties")
                    .isEmpty();
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String basename : basenames()) {
            for (String bundle : new String[] {basename + "_de.properties", basename + "_en.properties"}) {
                Properties properties = load(bundle);
                assertThat(properties.stringPropertyNames())
                        .as("empty texts in " + bundle)
                        .noneMatch(k -> properties.getProperty(k).isBlank());
            }
        }
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String basename : basenames()) {
            for (String key : keys(basename + "_de.properties")) {
                assertThat(seen.add(key))
                        .as("key " + key + " of " + basename + " is also in another bundle")
                        .isTrue();
            }
        }
    }

    /** The bundles named in {@code spring.messages.basename}. */
    private static List<String> basenames() throws IOException {
        Properties application = load("application.properties");
        return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
                .map(String::strip)
                .toList();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
