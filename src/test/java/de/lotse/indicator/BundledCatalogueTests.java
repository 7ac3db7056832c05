package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The declared starter catalogue: complete metadata, the required keys, files that exist and are described. */
class BundledCatalogueTests {

    private static final BundledCatalogue CATALOGUE =
            BundledCatalogue.load(JsonMapper.builder().build());

    @Test
    void hasAtLeast25IndicatorsWithTheRequiredKeys() {
        assertThat(CATALOGUE.indicators()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(CATALOGUE.indicators().stream().map(d -> d.key().value()))
                .doesNotHaveDuplicates()
                .contains(
                        "bevoelkerung",
                        "anteil-unter-3",
                        "anteil-65-plus",
                        "anteil-80-plus",
                        "sgb2-empfaenger",
                        "sgb2-quote-unter-15",
                        "betreuungsquote-unter-3",
                        "betreuungsquote-3-bis-6");
    }

    /**
     * Raw indicators the catalogue declares without bundled figures: no file maps them and they name no official
     * table (e.g. the county's own count behind a target of the bundled planning content).
     */
    static Set<IndicatorKey> withoutBundledValues(BundledCatalogue catalogue) {
        Set<IndicatorKey> mapped = new HashSet<>();
        catalogue.files().forEach(f -> f.mapping().columns().forEach(c -> mapped.add(c.indicator())));
        Set<IndicatorKey> keys = new HashSet<>();
        catalogue.indicators().stream()
                .filter(d -> d.formula() instanceof Formula.Raw && d.source().tableCode() == null)
                .filter(d -> !mapped.contains(d.key()))
                .forEach(d -> keys.add(d.key()));
        return keys;
    }

    @Test
    void onlyTheButCountOfThePeineGuidelinesComesWithoutValues() {
        assertThat(withoutBundledValues(CATALOGUE))
                .containsExactly(IndicatorKey.of("but-kinder-migrationshintergrund"));
        IndicatorDefinition but = CATALOGUE.indicators().stream()
                .filter(d -> d.key().value().equals("but-kinder-migrationshintergrund"))
                .findFirst()
                .orElseThrow();
        assertThat(but.source().publisher()).isEqualTo("Landkreis Peine");
        assertThat(but.licence()).as("no figures, so no licence to state").isNull();
        assertThat(but.interpretation()).contains("ohne Werte");
    }

    @Test
    void everyIndicatorHasCompleteMetadata() {
        Set<IndicatorKey> withoutValues = withoutBundledValues(CATALOGUE);
        for (IndicatorDefinition d : CATALOGUE.indicators()) {
            String key = d.key().value();
            assertThat(d.name().en()).as(key + " English name").isNotBlank();
            assertThat(d.shortName().en()).as(key + " English short name").isNotBlank();
            assertThat(d.interpretation()).as(key + " interpretation").isNotBlank();
            assertThat(d.source().statistic()).as(key + " statistic").isNotBlank();
            assertThat(d.levels()).as(key + " levels").isNotEmpty();
            assertThat(d.lifeStages()).as(key + " life stages").isNotEmpty();
            if (withoutValues.contains(d.key())) {
                continue;
            }
            assertThat(d.licence()).as(key + " licence").contains("Datenlizenz Deutschland");
            assertThat(d.attribution()).as(key + " attribution").isNotBlank();
            if (d.formula() instanceof Formula.Raw) {
                assertThat(d.source().tableCode()).as(key + " table code").isNotBlank();
            }
            if (d.formula() instanceof Formula.Ratio) {
                assertThat(d.confidentiality()).as(key).isNotNull();
            }
        }
    }

    @Test
    void everyRawIndicatorComesFromABundledFileAndEveryFormulaFromTheCatalogue() {
        Set<IndicatorKey> keys = new HashSet<>();
        CATALOGUE.indicators().forEach(d -> keys.add(d.key()));
        Set<IndicatorKey> mapped = new HashSet<>();
        CATALOGUE.files().forEach(f -> f.mapping().columns().forEach(c -> mapped.add(c.indicator())));
        Set<IndicatorKey> withoutValues = withoutBundledValues(CATALOGUE);
        for (IndicatorDefinition d : CATALOGUE.indicators()) {
            if (withoutValues.contains(d.key())) {
                assertThat(d.formula()).as(d.key() + " has no bundled values").isInstanceOf(Formula.Raw.class);
            } else if (d.formula() instanceof Formula.Raw) {
                assertThat(mapped).as(d.key() + " is imported from a file").contains(d.key());
            } else {
                assertThat(keys)
                        .as(d.key() + " refers to catalogue indicators")
                        .containsAll(d.formula().references());
                assertThat(mapped).as(d.key() + " is computed, not imported").doesNotContain(d.key());
            }
        }
        assertThat(keys).containsAll(mapped);
    }

    @Test
    void everyFileIsBundledAndDescribedInTheSources() throws IOException {
        String sources =
                new ClassPathResource(BundledCatalogue.BASE + "SOURCES.md").getContentAsString(StandardCharsets.UTF_8);
        List<String> files = CATALOGUE.files().stream()
                .map(BundledCatalogue.BundledFile::file)
                .toList();
        for (String file : files) {
            ClassPathResource resource = new ClassPathResource(BundledCatalogue.BASE + file);
            assertThat(resource.exists()).as(file).isTrue();
            assertThat(resource.contentLength()).as(file + " size").isLessThan(3_000_000);
            assertThat(sources).as(file + " in SOURCES.md").contains(file);
        }
    }
}
