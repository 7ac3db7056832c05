package de.lotse.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TerritoryImportIntegrationTests {

    @Autowired
    TerritoryImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reimportingTheSameEditionChangesNothing() {
        String before = fingerprint();

        TerritoryImportReport report = importer.importFile(
                "GV100AD_30112025.txt", SharedData.file("gemeinden/GV100AD_30112025.txt"), ImportOptions.commit());

        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isZero();
        assertThat(report.changed()).isZero();
        assertThat(report.closed()).isZero();
        assertThat(report.populationAdded()).isZero();
        assertThat(report.populationChanged()).isZero();
        assertThat(report.unchanged()).isEqualTo(15_959);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anOlderEditionOnTopOfTheBundledRegisterOnlyAddsPopulationFigures() {
        String before = fingerprint();

        TerritoryImportReport report = importer.importFile(
                "GV100AD_30112023.txt", SharedData.file("gemeinden/GV100AD_30112023.txt"), ImportOptions.check());

        assertThat(report.errors()).isEmpty();
        assertThat(report.scope().olderThan()).isEqualTo(java.time.LocalDate.of(2025, 11, 30));
        assertThat(report.created()).isZero();
        assertThat(report.changed()).isZero();
        assertThat(report.closed()).isZero();
        assertThat(report.populationDate()).isEqualTo(java.time.LocalDate.of(2022, 12, 31));
        assertThat(report.populationAdded()).isGreaterThan(10_000);
        // units merged away since 2023 are named, not created
        assertThat(report.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w.code())
                .isEqualTo("unit.notInCurrentRegister"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void dryRunReportsButWritesNothing() {
        String before = fingerprint();
        List<String> lines = extractLines();
        int peine = indexOf(lines, "6020251130031570060006");
        lines.set(peine, lines.get(peine).replace("Peine, Stadt                  ", "Peine, Kreisstadt             "));

        TerritoryImportReport report = importer.importFile("renamed.txt", bytes(lines), ImportOptions.check());

        assertThat(report.errors()).isEmpty();
        assertThat(report.dryRun()).isTrue();
        assertThat(report.committed()).isFalse();
        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.changes())
                .filteredOn(c -> c.kind().equals("CHANGED"))
                .singleElement()
                .satisfies(c -> assertThat(c.fields())
                        .containsExactly(
                                new TerritoryImportReport.FieldChange("name", "Peine, Stadt", "Peine, Kreisstadt")));
        assertThat(report.scope().kind()).isEqualTo("EXTRACT");
        assertThat(report.scope().counties()).containsExactly("03157", "03354");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void fileWithOneBadLineImportsNothing() {
        String before = fingerprint();
        List<String> lines = extractLines();
        int peine = indexOf(lines, "6020251130031570060006");
        lines.set(peine, lines.get(peine).replace("Peine, Stadt                  ", "Peine, Kreisstadt             "));
        int lengede = indexOf(lines, "6020251130031570050005");
        String row = lines.get(lengede);
        lines.set(lengede, row.substring(0, 128) + "ABCDEFGHIJK" + row.substring(139));

        TerritoryImportReport report = importer.importFile("bad.txt", bytes(lines), ImportOptions.commit());

        assertThat(report.committed()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("bad.txt");
            assertThat(e.line()).isEqualTo(lengede + 1);
            assertThat(e.field()).isEqualTo("Fläche in ha (Stellen 129–139)");
        });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void unknownParentKeyIsReportedWithItsLine() {
        List<String> lines = new ArrayList<>(
                List.of(
                        pad("102025113003          Niedersachsen                                     Hannover"),
                        pad(
                                "6020251130039990010001Nirgendwo                                                                                           64    000000010000000000010000000000005    31234       2338241124413045")));

        TerritoryImportReport report = importer.importFile("orphan.txt", bytes(lines), ImportOptions.check());

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.code()).isEqualTo("parent.missing");
            assertThat(e.args()).startsWith("ASSOCIATION", "039990001");
            assertThat(e.message()).contains("039990001");
        });
    }

    @Test
    void rejectsAnIncompleteExtractOfTheEditionAlreadyImported() {
        String before = fingerprint();
        List<String> lines = extractLines();
        lines.remove(indexOf(lines, "6020251130033545029502"));

        TerritoryImportReport report = importer.importFile("incomplete.txt", bytes(lines), ImportOptions.commit());

        assertThat(report.committed()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("unit.missingInSameEdition");
            assertThat(e.args()).contains("033549502502");
        });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void writesMessagesInTheLanguageOfTheRequest() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
        try {
            TerritoryImportReport report = importer.importFile("leer.txt", new byte[0], ImportOptions.check());
            assertThat(report.errors().getFirst().message()).isEqualTo("Die Datei ist leer.");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void rejectsAFileOfUnknownFormat() {
        TerritoryImportReport report = importer.importFile(
                "table.csv", "ags;name\n03157006;Peine\n".getBytes(StandardCharsets.UTF_8), ImportOptions.check());

        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.code())
                .isEqualTo("format.unknown"));
    }

    @Test
    void rejectsAnOversizedFile() {
        byte[] huge = new byte[(int) TerritoryImporter.MAX_FILE_BYTES + 1];

        TerritoryImportReport report = importer.importFile("huge.txt", huge, ImportOptions.check());

        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.code())
                .isEqualTo("file.tooLarge"));
    }

    @Test
    void importsBoundariesAndListsUnmatchedFeatures() {
        String geojson = new String(
                        SharedData.resource("peine_luechow-dannenberg_kreise_vg250_sim200.geojson"),
                        StandardCharsets.UTF_8)
                .replace("\"ARS\": \"03157\"", "\"ARS\": \"03999\"");

        TerritoryImportReport report =
                importer.importFile("kreise.geojson", geojson.getBytes(StandardCharsets.UTF_8), ImportOptions.check());

        assertThat(report.errors()).isEmpty();
        assertThat(report.format()).isEqualTo("GEOJSON");
        assertThat(report.boundariesUpdated()).isEqualTo(1);
        assertThat(report.unmatched()).singleElement().satisfies(u -> assertThat(u)
                .startsWith("03999"));
    }

    @Test
    void reportsBrokenJsonWithItsLine() {
        byte[] broken =
                "{\"type\": \"FeatureCollection\",\n \"features\": [\n {\"type\": \"Feature\", \"properties\": }\n]}"
                        .getBytes(StandardCharsets.UTF_8);

        TerritoryImportReport report = importer.importFile("broken.geojson", broken, ImportOptions.check());

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.code()).isEqualTo("json.invalid");
        });
    }

    @Test
    void rejectsProjectedCoordinates() {
        byte[] projected =
                ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"ags\":\"03157006\"},"
                                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[580000,5800000],[590000,5800000],[590000,5810000],[580000,5800000]]]}}]}")
                        .getBytes(StandardCharsets.UTF_8);

        TerritoryImportReport report = importer.importFile("utm.geojson", projected, ImportOptions.check());

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("Feature 1: geometry");
            assertThat(e.code()).isEqualTo("feature.notWgs84");
        });
    }

    private String fingerprint() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM territory) || '/' || (SELECT count(*) FROM territory WHERE valid_to IS NOT NULL)
                               || '/' || (SELECT coalesce(sum(population), 0) FROM territory_population)
                               || '/' || (SELECT md5(string_agg(name, ',' ORDER BY id)) FROM territory)
                               || '/' || (SELECT md5(string_agg(coalesce(boundary::text, ''), ',' ORDER BY id)) FROM territory)
                        """).query(String.class).single();
    }

    private static List<String> extractLines() {
        return new ArrayList<>(
                new String(SharedData.resource("GV100AD_30112025_03157_03354.txt"), StandardCharsets.UTF_8)
                        .lines()
                        .toList());
    }

    private static String pad(String record) {
        return String.format("%-220s", record);
    }

    private static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException(prefix);
    }
}
