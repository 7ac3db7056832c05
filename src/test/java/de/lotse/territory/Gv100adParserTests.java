package de.lotse.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gv100adParserTests {

    @ParameterizedTest
    @CsvSource({
        "gemeinden/GV100AD_31122022.txt, 2022-12-31",
        "gemeinden/GV100AD_30112023.txt, 2023-11-30",
        "gemeinden/GV100AD_30112025.txt, 2025-11-30"
    })
    void readsEveryEditionWithoutErrors(String file, LocalDate edition) {
        Gv100adParser.Result result = Gv100adParser.parse(file, SharedData.file(file));

        assertThat(result.errors()).isEmpty();
        assertThat(result.edition()).isEqualTo(edition);
        assertThat(result.records()).hasSizeGreaterThan(15_900);
        assertThat(result.records().stream().filter(r -> r.level() == TerritoryLevel.STATE))
                .hasSize(16);
    }

    @Test
    void readsTheFieldsOfAMunicipality() {
        Gv100adParser.Result result = Gv100adParser.parse("x", SharedData.resource("GV100AD_30112025_03157_03354.txt"));

        Gv100adRecord peine = result.records().stream()
                .filter(r -> r.level() == TerritoryLevel.MUNICIPALITY
                        && r.ars().value().equals("031570006006"))
                .findFirst()
                .orElseThrow();
        assertThat(peine.name()).isEqualTo("Peine, Stadt");
        assertThat(peine.typeCode()).isEqualTo("63");
        assertThat(peine.areaHa()).isEqualTo(11984);
        assertThat(peine.population()).isEqualTo(50987);
        assertThat(peine.male()).isEqualTo(25227);
        assertThat(peine.ags()).isEqualTo("03157006");
        assertThat(result.skippedRegions()).isEqualTo(2);
    }

    @Test
    void reportsATruncatedFileWithItsLastLine() {
        byte[] full = SharedData.resource("GV100AD_30112025_03157_03354.txt");
        byte[] truncated = Arrays.copyOf(full, full.length - 150);

        Gv100adParser.Result result = Gv100adParser.parse("cut.txt", truncated);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("cut.txt");
            assertThat(e.line()).isEqualTo(53);
            assertThat(e.code()).isEqualTo("line.truncated");
        });
    }

    @Test
    void reportsALineThatIsNotUtf8() {
        String text = new String(SharedData.resource("GV100AD_30112025_03157_03354.txt"), StandardCharsets.UTF_8);
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);

        Gv100adParser.Result result = Gv100adParser.parse("latin1.txt", latin1);

        assertThat(result.errors()).isNotEmpty();
        assertThat(result.errors().getFirst().line()).isEqualTo(firstLineWithUmlaut(text));
        assertThat(result.errors().getFirst().code()).isEqualTo("encoding.notUtf8");
    }

    @Test
    void reportsEachBadFieldWithLineAndPosition() {
        List<String> lines = linesOfExtract();
        int municipality = indexOf(lines, "6020251130031570060006");
        String bad = lines.get(municipality);
        lines.set(municipality, bad.substring(0, 139) + "0000000X987" + bad.substring(150));
        lines.set(2, "99" + lines.get(2).substring(2));

        Gv100adParser.Result result =
                Gv100adParser.parse("bad.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors())
                .extracting(ImportProblem::line, ImportProblem::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "Satzart (Stellen 1–2)"),
                        org.assertj.core.groups.Tuple.tuple(
                                municipality + 1, "Bevölkerung insgesamt (Stellen 140–150)"));
    }

    @Test
    void reportsDuplicateRecordsWithBothLines() {
        List<String> lines = linesOfExtract();
        int municipality = indexOf(lines, "6020251130031570060006");
        lines.add(lines.get(municipality));

        Gv100adParser.Result result =
                Gv100adParser.parse("dup.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(lines.size());
            assertThat(e.code()).isEqualTo("record.duplicate");
            assertThat(e.args()).containsExactly("MUNICIPALITY", "031570006006", Integer.toString(municipality + 1));
        });
    }

    @Test
    void reportsMixedEditions() {
        List<String> lines = linesOfExtract();
        lines.set(5, lines.get(5).substring(0, 2) + "20241130" + lines.get(5).substring(10));

        Gv100adParser.Result result =
                Gv100adParser.parse("mixed.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.field())
                .startsWith("Gebietsstand"));
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(Gv100adParser.parse("empty.txt", new byte[0]).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("file.empty"));
    }

    @Test
    void derivesThePopulationDateFromTheEdition() {
        assertThat(Gv100adImport.populationDateOf(LocalDate.of(2025, 11, 30))).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Gv100adImport.populationDateOf(LocalDate.of(2022, 12, 31))).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    private static List<String> linesOfExtract() {
        return new java.util.ArrayList<>(
                new String(SharedData.resource("GV100AD_30112025_03157_03354.txt"), StandardCharsets.UTF_8)
                        .lines()
                        .toList());
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    private static int firstLineWithUmlaut(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).chars().allMatch(c -> c < 128)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no umlaut");
    }
}
