package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled planning files: every item names its source, every file is listed and described, and no text is a
 * copy of the county documents (no run of {@value #RUN} words is identical to the seed text in {@code
 * shared/seeds}).
 */
class BundledPlanningContentFilesTests {

    static final int RUN = 12;

    /** The arrays whose elements are items of their own and must name a source. */
    private static final Set<String> ITEM_ARRAYS =
            Set.of("organisations", "bodies", "aspects", "sections", "fields", "objectives", "measures", "targets");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code shared/seeds} beside the repository, or two levels up for a worktree in a folder of worktrees. */
    private static final Path SEEDS = Files.isDirectory(Path.of("..", "shared", "seeds"))
            ? Path.of("..", "shared", "seeds")
            : Path.of("..", "..", "shared", "seeds");

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(new ClassPathResource(BundledPlanningReader.BASE + file)
                    .getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files() {
        JsonNode index = read(BundledPlanningReader.INDEX);
        List<String> files = new ArrayList<>();
        files.add(index.path("organisations").asString());
        files.add(index.path("aspects").asString());
        index.path("strategies").forEach(f -> files.add(f.asString()));
        return files;
    }

    @Test
    void everyItemNamesItsSource() {
        int items = 0;
        for (String file : files()) {
            JsonNode root = read(file);
            if (root.has("key")) { // a strategy file is an item itself
                assertThat(root.path("source_note").asString()).as(file).contains("zusammengefasst");
                items++;
            }
            items += checkItems(file, root);
        }
        assertThat(items).as("items checked").isGreaterThan(120);
    }

    private static int checkItems(String path, JsonNode node) {
        int items = 0;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isArray()) {
                continue;
            }
            int i = 0;
            for (JsonNode element : field.getValue()) {
                String where = path + " " + field.getKey() + "[" + i++ + "]";
                if (ITEM_ARRAYS.contains(field.getKey()) && element.isObject()) {
                    assertThat(element.path("source_note").isString())
                            .as(where + " has a source_note")
                            .isTrue();
                    assertThat(element.path("source_note").asString().strip())
                            .as(where)
                            .isNotEmpty();
                    items++;
                }
                if (element.isObject()) {
                    items += checkItems(where, element);
                }
            }
        }
        return items;
    }

    @Test
    void everyFileIsListedAndDescribedInTheSources() throws IOException {
        String sources = new ClassPathResource(BundledPlanningReader.BASE + "SOURCES.md")
                .getContentAsString(StandardCharsets.UTF_8);
        Path folder = Path.of("src/main/resources", BundledPlanningReader.BASE);
        List<String> listed = files();
        try (Stream<Path> all = Files.list(folder)) {
            List<String> json = all.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals(BundledPlanningReader.INDEX))
                    .toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(json);
        }
        for (String file : listed) {
            assertThat(sources).as(file + " in SOURCES.md").contains(file);
        }
        for (String seed : List.of("000_", "001_", "002_", "003_", "004_")) {
            assertThat(sources).as("seed " + seed).contains(seed);
        }
    }

    @Test
    void noTextCopiesARunOfTwelveWordsFromTheCountyDocuments() throws IOException {
        assertThat(Files.isDirectory(SEEDS))
                .as("the test needs the county documents in " + SEEDS.toAbsolutePath())
                .isTrue();
        Set<String> seedRuns = new HashSet<>();
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                seedRuns.addAll(runs(Files.readString(seed, StandardCharsets.UTF_8)));
            }
        }
        assertThat(seedRuns).as("runs of the seeds").hasSizeGreaterThan(5_000);
        List<String> copies = new ArrayList<>();
        for (String file : files()) {
            collectTexts(read(file), text -> runs(text).stream()
                    .filter(seedRuns::contains)
                    .findFirst()
                    .ifPresent(run -> copies.add(file + ": „" + run + "“")));
        }
        assertThat(copies).as("texts copied from the county documents").isEmpty();
    }

    @Test
    void theCheckFindsACopiedSentence() {
        String copied = "Die Beratungsstelle für Eltern, Kinder und Jugendliche, Wohlfahrtsverbände oder freie Träger"
                + " richten dazu in mindestens einer Einrichtung";
        String seedSentence = "Zielgruppe sind insbesondere Familien mit umfassenden Problemlagen. " + copied
                + " in jeder Landkreiskommune feste Beratungstermine ein.";
        assertThat(runs(seedSentence)).containsAnyElementsOf(runs(copied));
        assertThat(runs("Beratung in der Fläche ausbauen")).isEmpty();
    }

    /** All runs of {@value #RUN} consecutive words, lower case, punctuation ignored. */
    static Set<String> runs(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> clean = Stream.of(words).filter(w -> !w.isEmpty()).toList();
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= clean.size(); i++) {
            runs.add(String.join(" ", clean.subList(i, i + RUN)));
        }
        return runs;
    }

    private static void collectTexts(JsonNode node, java.util.function.Consumer<String> texts) {
        if (node.isString()) {
            texts.accept(node.asString());
        } else if (node.isContainer()) {
            node.values().forEach(child -> collectTexts(child, texts));
        }
    }
}
