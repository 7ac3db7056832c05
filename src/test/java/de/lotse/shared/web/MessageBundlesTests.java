package de.lotse.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTests {

    @Test
    void englishHasEveryGermanTextAndNoOther() throws IOException {
        Set<String> german = keys("messages_de.properties");
        Set<String> english = keys("messages_en.properties");

        assertThat(difference(german, english))
                .as("keys missing in messages_en.properties")
                .isEmpty();
        assertThat(difference(english, german))
                .as("keys missing in messages_de.properties")
                .isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages_de.properties", "messages_en.properties"}) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames())
                    .as("empty texts in " + bundle)
                    .noneMatch(k -> properties.getProperty(k).isBlank());
        }
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
