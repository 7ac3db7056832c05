package de.lotse.directory.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.directory.FacilityType;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.content.BundledDirectoryModel.Content;
import de.lotse.directory.content.BundledDirectoryModel.LocationItem;
import de.lotse.directory.content.BundledDirectoryModel.ServiceItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled counselling landscape as a file: it reads, every item names its source, invented details are marked
 * as example data, nothing is copied from the county documents (no run of {@value #RUN} words is identical to the
 * seed text in {@code shared/seeds}), and it turns into valid drafts for the directory.
 */
class BundledDirectoryContentFilesTests {

    static final int RUN = 12;

    /** {@code shared/seeds} beside the repository, or two levels up for a worktree in a folder of worktrees. */
    private static final Path SEEDS = Files.isDirectory(Path.of("..", "shared", "seeds"))
            ? Path.of("..", "shared", "seeds")
            : Path.of("..", "..", "shared", "seeds");

    private static final Path TAXONOMY_SEED = Path.of("src/main/resources/db/migration/V019__directory_taxonomy.sql");

    private static Content content() {
        return BundledDirectoryReader.bundled().read();
    }

    @Test
    void theFileReadsAndNamesTheServicesOfTheDocuments() {
        Content content = content();
        assertThat(content.dataset()).isEqualTo("directory-peine-beratungslandschaft-v1");
        assertThat(content.services())
                .extracting(ServiceItem::organisation)
                .contains(
                        "seniorenservicebuero-peine",
                        "pflegestuetzpunkt-peine",
                        "beratungsstelle-eltern-kinder-jugendliche-peine",
                        "freiwilligenagentur-peine",
                        "kiss-peine",
                        "generationenhilfe-hohenhameln",
                        "beratungsteam-vechelde",
                        "erziehungslotsen-peine",
                        "jobcenter-peine");
        Set<String> keys = new HashSet<>();
        content.services().forEach(s -> assertThat(keys.add(s.key()))
                .as("unique key " + s.key())
                .isTrue());
        content.locations()
                .forEach(l ->
                        assertThat(keys.add("place:" + l.key())).as(l.key()).isTrue());
    }

    @Test
    void everyItemNamesItsSource() {
        Content content = content();
        content.organisations()
                .forEach(o -> assertThat(o.sourceNote()).as(o.key()).contains("zusammengefasst"));
        content.locations().forEach(l -> assertThat(l.sourceNote()).as(l.key()).isNotBlank());
        content.services().forEach(s -> {
            assertThat(s.sourceNote()).as(s.key()).contains("zusammengefasst");
            assertThat(s.sourceNote()).as(s.key()).containsAnyOf("Leitlinien", "Vorlage 2014/026");
        });
    }

    @Test
    void inventedPlacesAndHoursAreExampleDataAndSayWhy() {
        Content content = content();
        Map<String, LocationItem> locations =
                content.locations().stream().collect(Collectors.toMap(LocationItem::key, Function.identity()));
        // no document names an address or a place: every place is an example
        content.locations().forEach(l -> {
            assertThat(l.exampleData()).as(l.key()).isTrue();
            assertThat(l.sourceNote()).as(l.key()).contains("Beispieldaten");
            assertThat(l.description()).as(l.key()).contains("Beispiel");
        });
        content.locations().stream().filter(l -> l.facilityType().isDecentral()).forEach(l -> assertThat(l.name())
                .as("an invented facility is called so")
                .startsWith("Beispiel-"));
        for (ServiceItem service : content.services()) {
            service.sites().forEach(site -> site.schedules().forEach(schedule -> {
                assertThat(schedule.exampleData()).as(service.key()).isTrue();
                assertThat(schedule.notes()).as(service.key()).contains("Beispieldaten");
            }));
            assertThat(service.exampleData())
                    .as(service.key() + " is example data exactly when it has invented details")
                    .isEqualTo(service.hasExampleDetails(locations));
            if (service.exampleData()) {
                assertThat(service.sourceNote()).as(service.key()).contains("Beispieldaten");
            }
        }
        assertThat(content.services().stream().filter(s -> !s.exampleData()))
                .as("services without any invented detail")
                .extracting(ServiceItem::key)
                .contains("fruehe-hilfen-landkreis-peine", "erziehungslotsen");
    }

    @Test
    void everyServiceHasItsNameAndDescriptionInEnglish() {
        for (ServiceItem service : content().services()) {
            assertThat(service.translations())
                    .as(service.key())
                    .extracting(t -> t.field() + "/" + t.lang())
                    .containsExactlyInAnyOrder("name/en", "description/en");
            service.translations()
                    .forEach(t -> assertThat(t.text()).as(service.key()).isNotBlank());
        }
    }

    @Test
    void everyRecurringHourStartsOnADayOfItsRule() {
        for (ServiceItem service : content().services()) {
            service.sites().forEach(site -> site.schedules().forEach(schedule -> {
                String day = schedule.dtstart()
                        .getDayOfWeek()
                        .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                        .substring(0, 2)
                        .toUpperCase(Locale.ROOT);
                String where = service.key() + " at " + site.location();
                if (schedule.freq() == de.lotse.directory.ScheduleFrequency.WEEKLY) {
                    assertThat(List.of(schedule.byday().split(","))).as(where).contains(day);
                } else {
                    int nth = (schedule.dtstart().getDayOfMonth() - 1) / 7 + 1;
                    assertThat(schedule.byday()).as(where).isEqualTo(nth + day);
                }
                assertThat(schedule.opensAt()).as(where).isBefore(schedule.closesAt());
            }));
        }
    }

    @Test
    void placesLieInTheirMunicipalityOfLandkreisPeine() {
        for (LocationItem l : content().locations()) {
            assertThat(l.territory()).as(l.key()).startsWith("03157").hasSize(12);
            assertThat(l.latitude()).as(l.key()).isBetween(new BigDecimal("52.17"), new BigDecimal("52.45"));
            assertThat(l.longitude()).as(l.key()).isBetween(new BigDecimal("9.99"), new BigDecimal("10.46"));
        }
    }

    @Test
    void theDecentralHoursLeaveGapsTheCoverageAnalysisCanShow() {
        Content content = content();
        Map<String, LocationItem> locations =
                content.locations().stream().collect(Collectors.toMap(LocationItem::key, Function.identity()));
        ServiceItem decentral = content.services().stream()
                .filter(s -> s.key().equals("dezentrale-sprechstunden-familienberatung"))
                .findFirst()
                .orElseThrow();
        Set<String> municipalities = decentral.sites().stream()
                .map(site -> locations.get(site.location()))
                .peek(l ->
                        assertThat(l.facilityType().isDecentral()).as(l.key()).isTrue())
                .map(LocationItem::territory)
                .collect(Collectors.toSet());
        assertThat(municipalities).hasSizeBetween(2, 6);
        assertThat(decentral.measures()).hasSize(2);
        assertThat(locations.values().stream().map(LocationItem::facilityType))
                .contains(FacilityType.SCHOOL, FacilityType.KITA, FacilityType.FAMILY_CENTRE);
    }

    @Test
    void organisationsSharedWithThePlanningContentAreDeclaredAlike() throws IOException {
        JsonNode planning = JsonMapper.builder()
                .build()
                .readTree(new ClassPathResource("bundled/planning/organisations.json")
                        .getContentAsString(StandardCharsets.UTF_8));
        Map<String, JsonNode> planned = new HashMap<>();
        planning.path("organisations").forEach(o -> planned.put(o.path("key").asString(), o));
        int shared = 0;
        for (var organisation : content().organisations()) {
            JsonNode other = planned.get(organisation.key());
            if (other == null) {
                continue;
            }
            shared++;
            assertThat(organisation.name())
                    .as(organisation.key())
                    .isEqualTo(other.path("name").asString());
            assertThat(organisation.kind().name())
                    .as(organisation.key())
                    .isEqualTo(other.path("kind").asString());
        }
        assertThat(shared).isGreaterThanOrEqualTo(7);
    }

    @Test
    void everyServiceBecomesADraftAndASharedPlaceIsWrittenOnce() {
        Content content = content();
        Map<String, LocationItem> locations =
                content.locations().stream().collect(Collectors.toMap(LocationItem::key, Function.identity()));
        Map<String, Long> organisationIds = new HashMap<>();
        content.organisations().forEach(o -> organisationIds.put(o.key(), (long) organisationIds.size() + 1));
        BundledDirectoryDrafts drafts = new BundledDirectoryDrafts(
                locations,
                key -> {
                    Long id = organisationIds.get(key);
                    if (id == null) {
                        throw new IllegalArgumentException("unknown organisation " + key);
                    }
                    return id;
                },
                key -> 1000L,
                id -> false);
        List<UUID> newPlaces = new ArrayList<>();
        List<UUID> referredPlaces = new ArrayList<>();
        for (ServiceItem item : content.services()) {
            ServiceDraft draft = drafts.draft(item);
            assertThat(draft.id()).isEqualTo(BundledDirectoryIds.service(item.key()));
            assertThat(draft.phones()).isEmpty();
            assertThat(draft.contacts()).isEmpty();
            assertThat(draft.exampleData()).isEqualTo(item.exampleData());
            draft.sites().forEach(site -> {
                if (site.newLocation() != null) {
                    newPlaces.add(site.newLocation().id());
                    assertThat(site.newLocation().address1()).isNull();
                    assertThat(site.newLocation().exampleData()).isTrue();
                } else {
                    referredPlaces.add(site.locationId());
                }
            });
        }
        assertThat(newPlaces).doesNotHaveDuplicates().hasSize(locations.size());
        assertThat(referredPlaces).containsExactly(BundledDirectoryIds.location("beratungsstelle-aeltere-menschen"));
    }

    @Test
    void aServiceThatHidesItsExampleDetailsIsRefused() {
        Content content = content();
        Map<String, LocationItem> locations =
                content.locations().stream().collect(Collectors.toMap(LocationItem::key, Function.identity()));
        ServiceItem item = content.services().stream()
                .filter(ServiceItem::exampleData)
                .findFirst()
                .orElseThrow();
        ServiceItem hiding = new ServiceItem(
                item.key(),
                item.organisation(),
                item.name(),
                null,
                item.description(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                item.categories(),
                item.audiences(),
                item.fieldsOfAction(),
                item.lifeStages(),
                item.areas(),
                item.sites(),
                item.measures(),
                item.translations(),
                false,
                item.sourceNote());
        BundledDirectoryDrafts drafts = new BundledDirectoryDrafts(locations, key -> 1L, key -> 1L, id -> false);
        assertThatThrownBy(() -> drafts.draft(hiding)).hasMessageContaining("example_data");
    }

    @Test
    void theIdsAreFixedNameBasedUuids() {
        // the same value as Python's uuid.uuid5(uuid.NAMESPACE_URL, "urn:lotse:directory:taxonomy:lotse-beratung")
        assertThat(BundledDirectoryIds.nameBased("urn:lotse:directory:taxonomy:lotse-beratung"))
                .isEqualTo(UUID.fromString("8740260c-319f-53d1-ad4f-95737d35ead9"));
        assertThat(BundledDirectoryIds.service("a")).isNotEqualTo(BundledDirectoryIds.location("a"));
        assertThat(BundledDirectoryIds.service("a").version()).isEqualTo(5);
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
        JsonNode file = JsonMapper.builder()
                .build()
                .readTree(new ClassPathResource(BundledDirectoryReader.BASE + BundledDirectoryReader.FILE)
                        .getContentAsString(StandardCharsets.UTF_8));
        collectTexts(file, text -> copied(text, seedRuns, copies, BundledDirectoryReader.FILE));
        copied(Files.readString(TAXONOMY_SEED, StandardCharsets.UTF_8), seedRuns, copies, TAXONOMY_SEED.toString());
        assertThat(copies).as("texts copied from the county documents").isEmpty();
    }

    @Test
    void theCheckFindsACopiedSentence() {
        String copied = "Mit der Zusammenführung von Seniorenservicebüro und Pflegestützpunkt steht älteren Menschen"
                + " im Landkreis Peine eine Beratungsstelle zur Verfügung";
        Set<String> seedRuns = runs("Vorher. " + copied + ", die Orientierung bietet.");
        List<String> copies = new ArrayList<>();
        copied("Ein eigener Satz. " + copied + ".", seedRuns, copies, "test");
        assertThat(copies).hasSize(1);
        assertThat(runs("Beratung in der Fläche ausbauen")).isEmpty();
    }

    private static void copied(String text, Set<String> seedRuns, List<String> copies, String where) {
        runs(text).stream()
                .filter(seedRuns::contains)
                .findFirst()
                .ifPresent(run -> copies.add(where + ": „" + run + "“"));
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
