package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClassicTableReaderTests {

    private static final String PEINE_AGE_GROUPS = "regionalstatistik/12411-02-03-4_00_03157_03354.csv";
    private static final String POPULATION_2008_TO_2015 = "regionalstatistik/12411-01-01-5_00_03157_03354.csv";
    private static final String ISO_8859_1_TABLE = SharedData.TRIMMED + "/21111-02-06-4_03157_03354.csv";

    static List<String> trimmedTables() {
        return SharedData.list(SharedData.TRIMMED, ".csv");
    }

    @Test
    void findsAllFortyEightTrimmedTables() {
        assertThat(trimmedTables()).hasSize(48);
    }

    @ParameterizedTest
    @MethodSource("trimmedTables")
    void readsEveryTrimmedRegionalTableWithoutProblems(String file) throws IOException {
        try (ClassicTableReader reader = ClassicTableReader.open(SharedData.open(file))) {
            List<Observation> observations = reader.stream().toList();

            assertThat(reader.problems()).isEmpty();
            assertThat(observations).isNotEmpty().allSatisfy(o -> {
                assertThat(o.period()).isNotNull();
                assertThat(o.column()).isNotEmpty();
                assertThat(o.territoryName()).isNotBlank().doesNotStartWith(" ");
                assertThat(o.value() == null).isNotEqualTo(o.symbol() == null);
            });
            Set<List<Object>> seen = new HashSet<>();
            assertThat(observations)
                    .as("one value per region, period and column")
                    .allMatch(o -> seen.add(List.of(o.territoryKey(), o.period(), o.column())));
            assertThat(observations).anyMatch(o -> o.territoryKey().equals("03157"));
            assertThat(reader.stand())
                    .hasValueSatisfying(s -> assertThat(s).matches("Stand: \\d\\d\\.\\d\\d\\.201[78] .*"));
            assertThat(reader.footer()).anyMatch(f -> f.contains("Datenlizenz Deutschland"));
        }
    }

    @Test
    void readsTitleBlockHeaderAndFooter() throws IOException {
        try (ClassicTableReader reader = ClassicTableReader.open(SharedData.resource(PEINE_AGE_GROUPS))) {
            reader.stream().count();

            ClassicTableHeader header = reader.header();
            assertThat(header.tableCode()).isEqualTo("12411-02-03-4");
            assertThat(header.titleLines())
                    .startsWith(
                            "Bevölkerungsstand: Bevölkerung nach Geschlecht",
                            "und Altersgruppen (17) - Stichtag 31.12. -",
                            "regionale Tiefe: Kreise und krfr. Städte");
            assertThat(header.title())
                    .isEqualTo(
                            "Bevölkerungsstand: Bevölkerung nach Geschlecht und Altersgruppen (17) - Stichtag 31.12. -"
                                    + " regionale Tiefe: Kreise und krfr. Städte Fortschreibung des Bevölkerungsstandes"
                                    + " Bevölkerungsstand (Anzahl)");
            assertThat(header.labelColumns()).isEqualTo(4);
            assertThat(header.columnPaths())
                    .containsExactly(List.of("Insgesamt"), List.of("männlich"), List.of("weiblich"));
            assertThat(reader.depth()).isEqualTo(RegionalDepth.COUNTIES);
            assertThat(reader.encoding()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reader.stand()).contains("Stand: 10.10.2017 / 19:19:45");
            assertThat(reader.footer())
                    .contains("© Statistische Ämter des Bundes und der Länder, Deutschland, 2017.\nDieses Werk ist"
                            + " lizensiert unter der Datenlizenz Deutschland\n- Namensnennung - Version 2.0.");
        }
    }

    @Test
    void readsThePopulationOfPeineByAgeGroup() {
        List<Observation> peine = read(PEINE_AGE_GROUPS, o -> o.territoryKey().equals("03157"));

        assertThat(peine).hasSize(18 * 3);
        assertThat(peine)
                .filteredOn(o -> o.column().equals(List.of("Insgesamt", "Insgesamt")))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.line()).isEqualTo(79);
                    assertThat(o.value()).isEqualByComparingTo("132320");
                    assertThat(o.period()).isEqualTo("31.12.2015");
                    assertThat(o.territoryName()).isEqualTo("Peine, Landkreis");
                    assertThat(o.symbol()).isNull();
                    assertThat(o.unit()).isNull();
                    assertThat(o.columnCodes()).isEmpty();
                });
        assertThat(peine)
                .filteredOn(o -> o.column().equals(List.of("unter 3 Jahre", "männlich")))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("1744"));
    }

    @Test
    void takesThePeriodOfEachColumnFromAHeaderRow() {
        List<Observation> peine =
                read(POPULATION_2008_TO_2015, o -> o.territoryKey().startsWith("03157"));

        assertThat(peine)
                .filteredOn(o -> o.territoryKey().equals("03157") && o.column().equals(List.of("Insgesamt")))
                .extracting(Observation::period, Observation::value)
                .contains(tuple("31.12.2015", new BigDecimal("132320")), tuple("31.12.2008", new BigDecimal("132613")));
        assertThat(peine)
                .filteredOn(
                        o -> o.territoryKey().equals("03157009") && o.column().equals(List.of("Insgesamt")))
                .extracting(Observation::period, Observation::value, Observation::symbol)
                .startsWith(
                        tuple("31.12.2015", new BigDecimal("21617"), null),
                        tuple("31.12.2014", null, StatisticsSymbol.NOTHING));
    }

    @Test
    void takesThePeriodOfTheWholeTableFromTheTitleBlock() {
        assertThat(read("regionalstatistik/13211-01-03-5_00_03157_03354.csv", o -> true))
                .extracting(Observation::period)
                .containsOnly("2016");
        assertThat(read("regionalstatistik/12411-02-03-5_00_03157_03354.csv", o -> o.territoryKey()
                        .equals("03157")))
                .hasSize(3 * 18)
                .allMatch(o -> o.period().equals("31.12.2015"))
                .anyMatch(o ->
                        o.column().equals(List.of("Insgesamt", "Altersgruppen (unter 3 bis 75 u.m.)", "unter 3 Jahre"))
                                && o.value().intValue() == 3430);
    }

    @Test
    void countsLinesOfQuotedTitlesThatSpanTwoLines() {
        assertThat(read("regionalstatistik/AI-N-05_00_03157_03354.csv", o -> o.territoryKey()
                        .equals("03157")))
                .first()
                .satisfies(o -> {
                    assertThat(o.line()).isEqualTo(11);
                    assertThat(o.period()).isEqualTo("2009");
                    assertThat(o.column()).containsExactly("Ganztagsbetreuung 0 bis 2 Jahre", "Prozent");
                    assertThat(o.value()).isEqualByComparingTo("3.5");
                });
    }

    @Test
    void decodesAnIsoLatin1TableAndSaysSo() throws IOException {
        try (ClassicTableReader reader = ClassicTableReader.open(SharedData.open(ISO_8859_1_TABLE))) {
            List<Observation> observations = reader.stream().toList();

            assertThat(reader.problems()).isEmpty();
            assertThat(reader.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
            assertThat(reader.header().titleLines())
                    .first()
                    .isEqualTo("Allgemeinbildende Schulen: Absolventen/Abgänger");
            assertThat(observations)
                    .filteredOn(o -> o.territoryKey().equals("03354"))
                    .first()
                    .extracting(Observation::territoryName)
                    .isEqualTo("Lüchow-Dannenberg, Landkreis");
            assertThat(observations)
                    .filteredOn(
                            o -> o.territoryKey().equals("03157") && o.period().equals("2015"))
                    .filteredOn(
                            o -> o.column().equals(List.of("Schulabschluss", "ohne Hauptschulabschluss", "Insgesamt")))
                    .singleElement()
                    .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("71"));
            assertThat(reader.footer()).anyMatch(f -> f.startsWith("© Statistische Ämter"));
        }
    }

    @Test
    void keepsTheOfficialSymbolInsteadOfAValue() {
        List<Observation> schools = read(
                "regionalstatistik/21111-01-03-4_00_03157_03354.csv",
                o -> o.territoryKey().equals("03157") && o.column().getFirst().equals("Vorschulbereich"));
        assertThat(schools)
                .extracting(Observation::value, Observation::symbol)
                .containsExactly(
                        tuple(new BigDecimal("5"), null),
                        tuple(new BigDecimal("50"), null),
                        tuple(new BigDecimal("17"), null),
                        tuple(new BigDecimal("6"), null),
                        tuple(null, StatisticsSymbol.NOT_MEANINGFUL),
                        tuple(null, StatisticsSymbol.NOT_MEANINGFUL));
        assertThat(read(
                        "regionalstatistik/12111-07-01-4_00_03157_03354.csv",
                        o -> o.territoryKey().equals("03354")
                                && o.column().getFirst().equals("unter 10 Jahre")))
                .extracting(Observation::symbol)
                .endsWith(StatisticsSymbol.TOO_UNCERTAIN, StatisticsSymbol.TOO_UNCERTAIN);
        assertThat(read(
                        ISO_8859_1_TABLE,
                        o -> o.territoryKey().equals("03157") && o.period().equals("2015")))
                .filteredOn(o -> o.symbol() == StatisticsSymbol.UNKNOWN_OR_SECRET)
                .hasSize(2)
                .allMatch(o -> o.value() == null && o.line() == 13);
    }

    @Test
    void streamsANationalTableWithoutReadingItWhole() throws IOException {
        String file = SharedData.REGIONALSTATISTIK + "/12411-01-01-5_00.csv";
        assertThat(SharedData.path(file)).hasSize(1_898_678);
        CountingStream counting = new CountingStream(SharedData.open(file));

        try (ClassicTableReader reader = ClassicTableReader.open(counting)) {
            assertThat(reader.next().territoryKey()).isEqualTo("DG");
            assertThat(counting.count).as("bytes read for the first value").isLessThan(200_000);

            long rest = reader.stream().count();

            assertThat(rest + 1).isEqualTo(347_832);
            assertThat(reader.problems()).isEmpty();
            assertThat(reader.depth()).isEqualTo(RegionalDepth.MUNICIPALITIES);
        }
    }

    @Test
    void streamsTheNationalIsoLatin1Table() throws IOException {
        try (ClassicTableReader reader =
                ClassicTableReader.open(SharedData.open(SharedData.REGIONALSTATISTIK + "/21111-02-06-4.csv"))) {
            assertThat(reader.stream().count()).isEqualTo(154_644);
            assertThat(reader.problems()).isEmpty();
            assertThat(reader.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        }
    }

    private static List<Observation> read(String file, Predicate<Observation> filter) {
        InputStream in = file.startsWith("stats/") ? SharedData.open(file) : SharedData.resource(file);
        try (ClassicTableReader reader = ClassicTableReader.open(in)) {
            List<Observation> all = reader.stream().filter(filter).toList();
            assertThat(reader.problems()).isEmpty();
            return all;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Counts the bytes the reader has taken from the file so far. */
    static final class CountingStream extends java.io.FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
