package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongFormatReaderTests {

    @Test
    void readsRowsWithTheirLinesWhateverTheSeparatorAndColumnOrder() {
        List<Observation> rows = read("\uFEFFvalue;period;indicator;territory\n137045;31.12.2024;bevoelkerung;03157\n"
                + "12,5;2024;anteil-65-plus;03157\n");

        assertThat(rows)
                .extracting(
                        Observation::line,
                        Observation::territoryKey,
                        Observation::period,
                        o -> o.column().getFirst(),
                        o -> o.value().toPlainString())
                .containsExactly(
                        tuple(2, "03157", "31.12.2024", "bevoelkerung", "137045"),
                        tuple(3, "03157", "2024", "anteil-65-plus", "12.5"));
    }

    @Test
    void readsSymbolsInTheValueOrTheStatusColumn() {
        List<Observation> rows = read("territory,indicator,period,value,status\r\n03157,a,2024,-,\r\n"
                + "03157,b,2024,,...\r\n03157,c,2024,2,.\r\n");

        assertThat(rows)
                .extracting(Observation::value, Observation::symbol)
                .containsExactly(
                        tuple(null, StatisticsSymbol.NOTHING),
                        tuple(null, StatisticsSymbol.NOT_YET_AVAILABLE),
                        tuple(new java.math.BigDecimal("2"), StatisticsSymbol.UNKNOWN_OR_SECRET));
    }

    @Test
    void reportsBadRowsWithTheirLinesAndGoesOn() {
        LongFormatReader reader = LongFormatReader.open(bytes("territory,indicator,period,value\n"
                + "03157,a,2024,zwölf\n03157,a,2024\n,a,2024,1\n03157,a,2024,1,2\n03157,a,2024,1\n"));
        List<Observation> rows = new ArrayList<>();
        reader.forEachRemaining(rows::add);

        assertThat(rows).extracting(Observation::line).containsExactly(6);
        assertThat(reader.problems())
                .extracting(ReadProblem::line, ReadProblem::code)
                .containsExactly(
                        tuple(2, "value.invalid"),
                        tuple(3, "row.short"),
                        tuple(4, "territory.missing"),
                        tuple(5, "row.long"));
    }

    @Test
    void reportsUnknownAndMissingColumns() {
        LongFormatReader reader = LongFormatReader.open(bytes("territory;indicator;jahr;wert\n03157;a;2024;1\n"));

        assertThat(reader.hasNext()).isFalse();
        assertThat(reader.problems())
                .extracting(ReadProblem::line, ReadProblem::code, p -> p.args().getFirst())
                .containsExactly(
                        tuple(1, "header.unknownColumn", "jahr"),
                        tuple(1, "header.unknownColumn", "wert"),
                        tuple(1, "header.missingColumn", "period"),
                        tuple(1, "header.missingColumn", "value"));
    }

    @Test
    void stopsAtTheFirstLineThatIsNotUtf8() {
        LongFormatReader reader = LongFormatReader.open(new ByteArrayInputStream(
                "territory;indicator;period;value\n03157;a;2024;1\n03354;ä;2024;1\n03354;a;2024;2\n"
                        .getBytes(StandardCharsets.ISO_8859_1)));
        List<Observation> rows = new ArrayList<>();
        reader.forEachRemaining(rows::add);

        assertThat(rows).hasSize(1);
        assertThat(reader.problems())
                .extracting(ReadProblem::line, ReadProblem::code)
                .containsExactly(tuple(3, "encoding.invalid"));
    }

    @Test
    void recognisesTheLongFormatByItsHeader() {
        assertThat(LongFormatReader.looksLikeLongFormat("\uFEFFTerritory;Indicator".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(LongFormatReader.looksLikeLongFormat("GENESIS-Tabelle: 12411".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(LongFormatReader.looksLikeLongFormat(new byte[0])).isFalse();
    }

    @Test
    void reportsAnEmptyFile() {
        LongFormatReader reader = LongFormatReader.open(bytes(""));

        assertThat(reader.hasNext()).isFalse();
        assertThat(reader.problems()).extracting(ReadProblem::code).containsExactly("file.empty");
    }

    private static List<Observation> read(String text) {
        LongFormatReader reader = LongFormatReader.open(bytes(text));
        List<Observation> rows = new ArrayList<>();
        reader.forEachRemaining(rows::add);
        assertThat(reader.problems()).isEmpty();
        return rows;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
