package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorKeyTests {

    @ParameterizedTest
    @ValueSource(strings = {"sgb2-quote-unter-15", "bevoelkerung", "anteil-65-plus", "a1", "22811-02-02-4"})
    void acceptsSlugs(String slug) {
        assertThat(new IndicatorKey(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "a",
                "Bevoelkerung",
                "bevölkerung",
                "anteil_65_plus",
                "anteil--65",
                "-anteil",
                "anteil-",
                "anteil 65",
                " bevoelkerung",
                "sgb2.quote",
                "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij"
            })
    void rejectsTextsThatAreNoSlug(String text) {
        assertThatThrownBy(() -> new IndicatorKey(text))
                .isInstanceOf(IndicatorKey.MalformedIndicatorKeyException.class)
                .hasMessageContaining("is not an indicator key");
    }

    @Test
    void acceptsKeysOfUpTo64Characters() {
        assertThat(new IndicatorKey("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new IndicatorKey("a".repeat(65)))
                .isInstanceOf(IndicatorKey.MalformedIndicatorKeyException.class);
    }
}
