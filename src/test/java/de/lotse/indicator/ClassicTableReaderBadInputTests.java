package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input for the table CSV reader, made from a real file: each problem with its line, column and code. */
class ClassicTableReaderBadInputTests {

    private static final String PEINE_AGE_GROUPS = "regionalstatistik/12411-02-03-4_00_03157_03354.csv";

    @Test
    void reportsAFileCutOffInTheMiddleOfARow() {
        byte[] full = SharedData.resourceBytes(PEINE_AGE_GROUPS);
        String text = new String(full, StandardCharsets.UTF_8);
        int cut = text.indexOf("31.12.2015;03157;      Peine, Landkreis;unter 3 Jahre;3430;17");

        Result result =
                readBytes(Arrays.copyOf(full, text.substring(0, cut + 60).getBytes(StandardCharsets.UTF_8).length));

        assertThat(result.problems())
                .extracting(ReadProblem::line, ReadProblem::code)
                .containsExactly(tuple(62, "row.short"), tuple(62, "file.truncated"));
        assertThat(result.observations()).hasSize((62 - 8) * 3).allMatch(o -> o.line() < 62);
    }

    @Test
    void reportsAFileCutOffAtTheEndOfALineAsTruncated() {
        String text = resourceText(PEINE_AGE_GROUPS);

        Result result = readText(text.substring(0, text.indexOf("__________")));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("file.truncated");
            assertThat(p.line()).isEqualTo(115);
        });
    }

    @Test
    void reportsTextInANumberColumnWithLineAndColumn() {
        String text = resourceText(PEINE_AGE_GROUPS)
                .replace(
                        "Peine, Landkreis;Insgesamt;132320;65493;66827",
                        "Peine, Landkreis;Insgesamt;132320;k.A.;66827");

        Result result = readText(text);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(79);
            assertThat(p.column()).isEqualTo(6);
            assertThat(p.field()).isEqualTo("männlich");
            assertThat(p.code()).isEqualTo("value.invalid");
            assertThat(p.args()).containsExactly("k.A.");
        });
        assertThat(result.observations()).filteredOn(o -> o.line() == 79).hasSize(2);
    }

    @Test
    void reportsRowsWithTooManyFieldsAndBadKeys() {
        String text = resourceText(PEINE_AGE_GROUPS)
                .replace(
                        "Peine, Landkreis;Insgesamt;132320;65493;66827",
                        "Peine, Landkreis;Insgesamt;132320;65493;66827;1")
                .replace(
                        "31.12.2015;03157;      Peine, Landkreis;unter 3 Jahre",
                        "31.12.2015;Peine;      Peine, Landkreis;unter 3 Jahre");

        assertThat(readText(text).problems())
                .extracting(ReadProblem::line, ReadProblem::column, ReadProblem::code)
                .containsExactly(tuple(62, 2, "key.invalid"), tuple(79, 0, "row.long"));
    }

    @Test
    void keepsAQualityMarkAfterTheNumber() {
        String text = resourceText(PEINE_AGE_GROUPS)
                .replace("Peine, Landkreis;Insgesamt;132320;", "Peine, Landkreis;Insgesamt;132320 p;");

        assertThat(readText(text).observations())
                .filteredOn(o -> o.line() == 79)
                .first()
                .satisfies(o -> {
                    assertThat(o.value()).isEqualByComparingTo("132320");
                    assertThat(o.quality()).isEqualTo("p");
                });
    }

    @Test
    void stopsAtALineTooLongForAnyTable() {
        String text = resourceText(PEINE_AGE_GROUPS);
        int line10 = nthLineStart(text, 9);

        Result result = readText(text.substring(0, line10) + "x".repeat(CsvRecords.MAX_RECORD_CHARS + 1) + "\n"
                + text.substring(line10));

        assertThat(result.problems())
                .extracting(ReadProblem::line, ReadProblem::code)
                .containsExactly(tuple(10, "record.tooLong"));
        assertThat(result.observations()).hasSize(2 * 3);
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(readBytes(new byte[0]).problems())
                .extracting(ReadProblem::code)
                .containsExactly("file.empty");
    }

    @Test
    void reportsAFileOfAnotherFormat() {
        assertThat(readBytes(SharedData.resourceBytes("ffcsv/12411-01-01-4_1773175772751_de_flat.csv"))
                        .problems())
                .extracting(ReadProblem::code, ReadProblem::args)
                .containsExactly(tuple("format.other", List.of("FLAT_FILE", "CLASSIC_TABLE")));
        assertThat(readBytes(SharedData.resourceBytes("ffcsv/61111-0001_de_flat_new-layout.zip"))
                        .problems())
                .extracting(ReadProblem::code, ReadProblem::args)
                .containsExactly(tuple("format.other", List.of("ZIP_ARCHIVE", "CLASSIC_TABLE")));
        assertThat(readBytes(SharedData.bytes("gemeinden/GV100AD_30112025_03157_03354.txt"))
                        .problems())
                .extracting(ReadProblem::code)
                .containsExactly("format.unknown");
    }

    @Test
    void rejectsAFileThatMixesUtf8AndAnotherEncoding() {
        String text = resourceText(PEINE_AGE_GROUPS);
        String first100Lines = text.substring(0, nthLineStart(text, 100));
        byte[] mixed = concat(
                first100Lines.getBytes(StandardCharsets.UTF_8),
                "31.12.2015;03354;  L\u00fcchow;Insgesamt;1;1;1\n".getBytes(StandardCharsets.ISO_8859_1));

        Result result = readBytes(mixed);

        assertThat(result.problems())
                .extracting(ReadProblem::line, ReadProblem::code)
                .containsExactly(tuple(101, "encoding.mixed"));
        assertThat(result.observations()).hasSize((101 - 8) * 3);
    }

    private static String resourceText(String name) {
        return new String(SharedData.resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static Result readText(String text) {
        return readBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Result readBytes(byte[] content) {
        try (ClassicTableReader reader = ClassicTableReader.open(new ByteArrayInputStream(content))) {
            List<Observation> observations = reader.stream().toList();
            return new Result(observations, reader.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int nthLineStart(String text, int lineIndex) {
        int at = 0;
        for (int i = 0; i < lineIndex; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    record Result(List<Observation> observations, List<ReadProblem> problems) {}
}
