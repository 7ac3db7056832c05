package de.lotse.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureExportTests {

    @Test
    void textsThatASpreadsheetWouldRunAsAFormulaStayText() {
        assertThat(MeasureExport.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(MeasureExport.inert("+49 5171")).isEqualTo("'+49 5171");
        assertThat(MeasureExport.inert("-Aktion")).isEqualTo("'-Aktion");
        assertThat(MeasureExport.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(MeasureExport.inert("Sprachkurse")).isEqualTo("Sprachkurse");
        assertThat(MeasureExport.inert("")).isEmpty();
    }
}
