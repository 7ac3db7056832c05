package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FlatFileReaderTests {

    private static final String KREIS_POPULATION = "ffcsv/12411-01-01-4_1773175772751_de_flat.csv";
    private static final String OLD_LAYOUT = "ffcsv/61111-0001_de_flat_old-layout.csv";
    private static final String NEW_LAYOUT_ZIP = "ffcsv/61111-0001_de_flat_new-layout.zip";

    static List<String> flatFiles() {
        List<String> files = new ArrayList<>(SharedData.list(SharedData.FFCSV_2026, ".csv"));
        files.addAll(SharedData.list(SharedData.FFCSV_OLD_AND_NEW, ".csv"));
        files.addAll(SharedData.list(SharedData.FFCSV_OLD_AND_NEW, ".zip"));
        return files;
    }

    @Test
    void findsEveryFlatFileSample() {
        assertThat(flatFiles()).hasSize(13 + 2 + 2);
    }

    @ParameterizedTest
    @MethodSource("flatFiles")
    void readsEveryFlatFileSampleWithoutProblems(String file) throws IOException {
        byte[] content = file.endsWith(".zip") ? onlyEntry(SharedData.bytes(file)) : SharedData.bytes(file);
        long rows = new String(content, StandardCharsets.UTF_8).lines().count() - 1;

        try (FlatFileReader reader = FlatFileReader.open(new ByteArrayInputStream(content))) {
            List<Observation> observations = reader.stream().toList();

            assertThat(reader.problems()).isEmpty();
            assertThat(reader.encoding()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(observations).isNotEmpty().allSatisfy(o -> {
                assertThat(o.period()).matches("\\d{4}(-\\d\\d-\\d\\d)?");
                assertThat(o.territoryKey()).matches("DG|\\d{2,12}");
                assertThat(o.column()).isNotEmpty().hasSameSizeAs(o.columnCodes());
                assertThat(o.value() == null).isNotEqualTo(o.symbol() == null);
            });
            int valuesPerRow = reader.layout().values().size();
            assertThat(observations).hasSize((int) rows * valuesPerRow);
        }
    }

    @Test
    void readsThePopulationOfPeineAndLuechowDannenberg() throws IOException {
        try (FlatFileReader reader = FlatFileReader.open(SharedData.resource(KREIS_POPULATION))) {
            Map<String, Observation> totals = reader.stream()
                    .filter(o -> o.column().getFirst().equals("Insgesamt"))
                    .collect(Collectors.toMap(Observation::territoryKey, o -> o));

            assertThat(totals.get("03157")).satisfies(o -> {
                assertThat(o.value()).isEqualByComparingTo("137045");
                assertThat(o.line()).isEqualTo(564);
                assertThat(o.territoryName()).isEqualTo("Peine, Landkreis");
                assertThat(o.period()).isEqualTo("2024-12-31");
                assertThat(o.column()).containsExactly("Insgesamt", "Bevölkerungsstand");
                assertThat(o.columnCodes()).containsExactly("GES=", "BEVSTD");
                assertThat(o.unit()).isEqualTo("Anzahl");
                assertThat(o.quality()).isNull();
            });
            assertThat(totals.get("03354").value()).isEqualByComparingTo("46502");
            assertThat(reader.format()).isEqualTo(StatisticsFormat.FLAT_FILE);
            assertThat(reader.statisticsCode()).isEqualTo("12411");
            assertThat(reader.depth()).isEqualTo(RegionalDepth.COUNTIES);
        }
    }

    @Test
    void readsTheOldLayoutWithOneColumnPerValueVariable() throws IOException {
        try (FlatFileReader reader = FlatFileReader.open(SharedData.resource(OLD_LAYOUT))) {
            List<Observation> observations = reader.stream().toList();

            assertThat(reader.format()).isEqualTo(StatisticsFormat.FLAT_FILE_OLD);
            assertThat(observations)
                    .filteredOn(o -> o.period().equals("1991"))
                    .extracting(
                            Observation::line,
                            Observation::column,
                            Observation::columnCodes,
                            Observation::value,
                            Observation::symbol,
                            Observation::quality,
                            Observation::unit)
                    .containsExactly(
                            tuple(
                                    2,
                                    List.of("Verbraucherpreisindex"),
                                    List.of("PREIS1"),
                                    new BigDecimal("61.9"),
                                    null,
                                    "e",
                                    "2020=100"),
                            tuple(
                                    2,
                                    List.of("Verbraucherpreisindex (CH0004)"),
                                    List.of("CH0004"),
                                    null,
                                    StatisticsSymbol.UNKNOWN_OR_SECRET,
                                    null,
                                    null));
            assertThat(observations)
                    .allMatch(o ->
                            o.territoryKey().equals("DG") && o.territoryName().equals("Deutschland"));
        }
    }

    @Test
    void oldAndNewLayoutGiveTheSameIndexValues() throws IOException {
        Map<String, BigDecimal> old;
        try (FlatFileReader reader = FlatFileReader.open(SharedData.resource(OLD_LAYOUT))) {
            old = reader.stream()
                    .filter(o -> o.columnCodes().equals(List.of("PREIS1")))
                    .collect(Collectors.toMap(Observation::period, Observation::value));
        }
        byte[] newLayout = onlyEntry(SharedData.resourceBytes(NEW_LAYOUT_ZIP));
        try (FlatFileReader reader = FlatFileReader.open(new ByteArrayInputStream(newLayout))) {
            List<Observation> index =
                    reader.stream().filter(o -> "2020=100".equals(o.unit())).toList();

            assertThat(index).hasSize(33).allSatisfy(o -> {
                assertThat(o.value()).isEqualByComparingTo(old.get(o.period()));
                assertThat(o.quality()).isEqualTo("e");
                assertThat(o.column()).containsExactly("Verbraucherpreisindex");
            });
            assertThat(old).hasSize(33);
        }
    }

    @Test
    void oldLayoutHasShiftedLabelsButTheSameCodesUnitsAndValues() throws IOException {
        Map<List<String>, Observation> old;
        try (FlatFileReader reader =
                FlatFileReader.open(SharedData.open(SharedData.FFCSV_OLD_AND_NEW + "/21611-0002_de_flat.csv"))) {
            old = reader.stream()
                    .collect(Collectors.toMap(
                            o -> List.of(o.period(), o.columnCodes().getLast()), o -> o));
        }
        byte[] zip = SharedData.bytes(SharedData.FFCSV_OLD_AND_NEW + "/21611-0002_de_flat.zip");
        try (FlatFileReader reader = FlatFileReader.open(new ByteArrayInputStream(onlyEntry(zip)))) {
            List<Observation> current = reader.stream().toList();

            assertThat(current).hasSize(old.size()).allSatisfy(o -> {
                Observation before = old.get(List.of(o.period(), o.columnCodes().getLast()));
                assertThat(before.value()).isEqualByComparingTo(o.value());
                assertThat(before.unit()).isEqualTo(o.unit());
            });
            assertThat(current)
                    .filteredOn(o -> o.period().equals("2004")
                            && o.columnCodes().getLast().equals("FILM02"))
                    .singleElement()
                    .satisfies(o -> {
                        assertThat(o.column().getLast()).isEqualTo("Leinwände");
                        assertThat(old.get(List.of("2004", "FILM02")).column().getLast())
                                .isEqualTo("Kinos");
                    });
        }
    }

    @Test
    void keepsSymbolsAndDecimalCommas() throws IOException {
        String employees = SharedData.FFCSV_2026 + "/13111-01-03-4_1773175029986_de_flat.csv";
        try (FlatFileReader reader = FlatFileReader.open(SharedData.open(employees))) {
            assertThat(reader.stream().filter(o -> o.territoryKey().equals("03157")))
                    .hasSize(6)
                    .allMatch(o -> o.value() == null && o.symbol() == StatisticsSymbol.NOTHING);
        }
        String landUse = SharedData.FFCSV_2026 + "/AI-N-01-2-5_1773175147935_de_flat.csv";
        try (FlatFileReader reader = FlatFileReader.open(SharedData.open(landUse))) {
            assertThat(reader.next()).satisfies(o -> {
                assertThat(o.territoryKey()).isEqualTo("12065136");
                assertThat(o.value()).isEqualByComparingTo("-0.3");
                assertThat(o.unit()).isEqualTo("Prozent");
            });
            assertThat(reader.stream().count()).isEqualTo(27_131);
            assertThat(reader.depth()).isEqualTo(RegionalDepth.MUNICIPALITIES);
        }
    }

    @Test
    void readsTheTwelveDigitRegionalKeysOfTheCensus() throws IOException {
        String census = SharedData.FFCSV_2026 + "/1000A-0000_1773175153999_de_flat.csv";
        try (FlatFileReader reader = FlatFileReader.open(SharedData.open(census))) {
            assertThat(reader.stream().filter(o -> o.territoryKey().equals("031570006006")))
                    .singleElement()
                    .satisfies(o -> {
                        assertThat(o.value()).isEqualByComparingTo("50276");
                        assertThat(o.territoryName()).isEqualTo("Peine, Stadt");
                        assertThat(o.period()).isEqualTo("2022-05-15");
                        assertThat(o.line()).isEqualTo(7322);
                    });
            assertThat(reader.depth()).isEqualTo(RegionalDepth.MUNICIPALITIES);
        }
    }

    @Test
    void reportsAFileCutOffInTheMiddleOfARow() {
        byte[] full = SharedData.resourceBytes(KREIS_POPULATION);

        Result result = read(Arrays.copyOf(full, full.length / 2));

        assertThat(result.problems()).extracting(ReadProblem::code).containsExactly("row.short", "file.truncated");
        assertThat(result.problems().getFirst().line())
                .isEqualTo(result.observations().getLast().line() + 1);
    }

    @Test
    void reportsTextInTheValueColumnWithLineAndColumn() {
        String text = new String(SharedData.resourceBytes(KREIS_POPULATION), StandardCharsets.UTF_8)
                .replace(
                        "Peine, Landkreis;GES;Geschlecht;;Insgesamt;137045;",
                        "Peine, Landkreis;GES;Geschlecht;;Insgesamt;137O45;");

        Result result = read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems())
                .extracting(
                        ReadProblem::line,
                        ReadProblem::column,
                        ReadProblem::field,
                        ReadProblem::code,
                        ReadProblem::args)
                .containsExactly(tuple(564, 14, "value", "value.invalid", List.of("137O45")));
        assertThat(result.observations()).hasSize(1466);
    }

    @Test
    void reportsAnEmptyFileAndFilesOfOtherFormats() {
        assertThat(read(new byte[0]).problems()).extracting(ReadProblem::code).containsExactly("file.empty");
        assertThat(read(SharedData.resourceBytes("regionalstatistik/12411-02-03-4_00_03157_03354.csv"))
                        .problems())
                .extracting(ReadProblem::code, ReadProblem::args)
                .containsExactly(tuple("format.other", List.of("CLASSIC_TABLE", "FLAT_FILE")));
        assertThat(read("statistics_code;x\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ReadProblem::code)
                .containsExactly("format.unknown");
    }

    @Test
    void reportsAHeaderWithoutTheValueColumns() {
        String header = "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
                + "1_variable_attribute_code;1_variable_attribute_label;value;value_unit\n";

        assertThat(read(header.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ReadProblem::line, ReadProblem::code, ReadProblem::args)
                .containsExactly(tuple(1, "header.invalid", List.of("value_variable_code")));
    }

    @Test
    void opensEitherFormatFromItsFirstBytes() throws IOException {
        try (StatisticsReader flat = StatisticsReader.open(SharedData.resource(KREIS_POPULATION));
                StatisticsReader table = StatisticsReader.open(
                        SharedData.resource("regionalstatistik/12411-02-03-4_00_03157_03354.csv"))) {
            assertThat(flat).isInstanceOf(FlatFileReader.class);
            assertThat(flat.stream().count()).isEqualTo(1467);
            assertThat(table).isInstanceOf(ClassicTableReader.class);
            assertThat(table.stream().count()).isEqualTo(108 * 3);
        }
    }

    private static Result read(byte[] content) {
        try (FlatFileReader reader = FlatFileReader.open(new ByteArrayInputStream(content))) {
            return new Result(reader.stream().toList(), reader.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single file of a ZIP archive, as the GENESIS web service delivers flat files. */
    static byte[] onlyEntry(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry).isNotNull();
            byte[] content = in.readAllBytes();
            assertThat(in.getNextEntry()).isNull();
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(List<Observation> observations, List<ReadProblem> problems) {}
}
