package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import de.lotse.indicator.KeyResolution.Outcome;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class GenesisKeyResolverIntegrationTests {

    /** Ilsede and Lahstedt, merged on 01.01.2015 into the new Ilsede (03157009); the register of 2025 has neither. */
    private static final Set<String> MERGED_BEFORE_2025 = Set.of("03157003", "03157004");

    @Autowired
    GenesisKeyResolver resolver;

    @Test
    void resolvesEveryKeyOfTheTwoCountiesInTheGemeindeTablesToExactlyOneUnit() throws IOException {
        for (String file : SharedData.list(SharedData.TRIMMED, "-5_00_03157_03354.csv")) {
            Map<String, String> names = new TreeMap<>();
            RegionalDepth depth;
            try (ClassicTableReader reader = ClassicTableReader.open(SharedData.open(file))) {
                reader.forEachRemaining(o -> names.put(o.territoryKey(), o.territoryName()));
                depth = reader.depth();
            }
            names.keySet().removeIf(k -> !k.startsWith("03157") && !k.startsWith("03354"));
            Set<String> keys = names.keySet();
            assertThat(keys).as(file).hasSize(43);
            assertThat(depth).isEqualTo(RegionalDepth.MUNICIPALITIES);

            Map<String, KeyResolution> resolved = new LinkedHashMap<>();
            keys.forEach(k -> resolved.put(k, resolver.resolve(k, depth)));

            assertThat(resolved.values()).as(file).allSatisfy(r -> assertThat(r.outcome())
                    .as(r.rawKey())
                    .isEqualTo(MERGED_BEFORE_2025.contains(r.rawKey()) ? Outcome.NOT_FOUND : Outcome.TERRITORY));
            assertThat(resolved.values().stream()
                            .filter(r -> r.territory() != null)
                            .map(r -> r.territory().id())
                            .distinct())
                    .as("no two keys name the same unit")
                    .hasSize(keys.size() - 2);
            assertThat(resolved.values())
                    .filteredOn(r -> r.territory() != null)
                    .as("the name in the file starts like the registered name (up to the first comma)")
                    .allSatisfy(r -> assertThat(r.territory().name())
                            .startsWith(names.get(r.rawKey()).split(",")[0]));
        }
    }

    @Test
    void settlesTheEightDigitKeysByWhatExists() {
        assertThat(resolver.resolve("03354403", RegionalDepth.MUNICIPALITIES).territory())
                .satisfies(sg -> {
                    assertThat(sg.level()).isEqualTo(TerritoryLevel.ASSOCIATION);
                    assertThat(sg.key()).isEqualTo("033545403");
                    assertThat(sg.name()).isEqualTo("Gartow");
                });
        KeyResolution peine = resolver.resolve("03157006", RegionalDepth.MUNICIPALITIES);
        assertThat(peine.outcome()).isEqualTo(Outcome.TERRITORY);
        assertThat(peine.territory().key()).isEqualTo("031570006006");
        assertThat(peine.territory().level()).isEqualTo(TerritoryLevel.MUNICIPALITY);
        assertThat(peine.matches()).extracting(Territory::key).containsExactly("031570006006");
        assertThat(peine.associationChanged()).isFalse();
        assertThat(resolver.resolve("03354501", RegionalDepth.MUNICIPALITIES)
                        .territory()
                        .key())
                .isEqualTo("033549501501");
        assertThat(resolver.resolve("03354403005", RegionalDepth.MUNICIPALITIES)
                        .territory()
                        .name())
                .isEqualTo("Gartow, Flecken");
    }

    @Test
    void resolvesGermanyLandAndRegierungsbezirkByKind() {
        assertThat(resolver.resolve("DG", RegionalDepth.COUNTIES).outcome()).isEqualTo(Outcome.GERMANY);
        assertThat(resolver.resolve("031", RegionalDepth.COUNTIES).outcome()).isEqualTo(Outcome.REGIONAL_DISTRICT);
        assertThat(resolver.resolve("03", RegionalDepth.COUNTIES).territory().name())
                .isEqualTo("Niedersachsen");
        assertThat(resolver.resolve("Peine", RegionalDepth.COUNTIES).outcome()).isEqualTo(Outcome.INVALID_KEY);
    }

    @Test
    void resolvesEveryKreisWithFiguresInTheFlatFileExceptBerlinsBezirke() throws IOException {
        Map<String, Boolean> keysWithFigures = new LinkedHashMap<>();
        RegionalDepth depth;
        try (FlatFileReader reader =
                FlatFileReader.open(SharedData.resource("ffcsv/12411-01-01-4_1773175772751_de_flat.csv"))) {
            reader.forEachRemaining(
                    o -> keysWithFigures.merge(o.territoryKey(), o.value() != null, Boolean::logicalOr));
            depth = reader.depth();
        }

        Map<Outcome, List<String>> byOutcome = keysWithFigures.keySet().stream()
                .collect(Collectors.groupingBy(k -> resolver.resolve(k, depth).outcome()));

        assertThat(byOutcome.get(Outcome.TERRITORY)).hasSize(400 + 3);
        assertThat(byOutcome.get(Outcome.NOT_FOUND))
                .hasSize(74 + 12)
                .allMatch(k -> k.matches("110\\d\\d0\\d\\d") || !keysWithFigures.get(k));
        assertThat(byOutcome).containsOnlyKeys(Outcome.TERRITORY, Outcome.NOT_FOUND);
    }

    @Test
    void resolvesTheCensusKeysOfTheTwoCounties() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (FlatFileReader reader =
                FlatFileReader.open(SharedData.open(SharedData.FFCSV_2026 + "/1000A-0000_1773175153999_de_flat.csv"))) {
            reader.forEachRemaining(o -> {
                if (o.territoryKey().startsWith("03157") || o.territoryKey().startsWith("03354")) {
                    keys.add(o.territoryKey());
                }
            });
        }

        assertThat(keys)
                .as("the uninhabited gemeindefreie Gebiete are not in the census")
                .hasSize(7 + 27);
        assertThat(keys).allSatisfy(k -> {
            KeyResolution r = resolver.resolve(k, RegionalDepth.MUNICIPALITIES);
            assertThat(r.outcome()).isEqualTo(Outcome.TERRITORY);
            assertThat(r.territory().key()).isEqualTo(k);
        });
    }

    /**
     * All 14,493 keys of the national Gemeinde table of 2017 against the bundled register of 30.11.2025: none is
     * ambiguous. 2,727 name no unit of today: Gemeinden merged since 2017 (mostly in Mecklenburg-Vorpommern,
     * Sachsen-Anhalt and Thüringen), merged Samtgemeinden and Verbandsgemeinden, Berlin's Bezirke, and the Kreise
     * dissolved by the reforms before 2017, which the table still lists with {@code -} in every column. 969 Gemeinden
     * are found by their AGS although their Samtgemeinde or Verbandsgemeinde has changed since.
     */
    @Test
    void findsNoAmbiguousKeyInTheNationalGemeindeTable() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (ClassicTableReader reader =
                ClassicTableReader.open(SharedData.open(SharedData.REGIONALSTATISTIK + "/12411-01-01-5_00.csv"))) {
            reader.forEachRemaining(o -> keys.add(o.territoryKey()));
        }

        List<KeyResolution> resolved = keys.stream()
                .map(k -> resolver.resolve(k, RegionalDepth.MUNICIPALITIES))
                .toList();

        assertThat(resolved.stream().collect(Collectors.groupingBy(KeyResolution::outcome, Collectors.counting())))
                .containsOnly(
                        entry(Outcome.GERMANY, 1L),
                        entry(Outcome.REGIONAL_DISTRICT, 35L),
                        entry(Outcome.TERRITORY, 11_730L),
                        entry(Outcome.NOT_FOUND, 2_727L));
        assertThat(resolved).filteredOn(KeyResolution::associationChanged).hasSize(969);
    }
}
