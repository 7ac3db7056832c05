package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalDepthTests {

    @Test
    void readsTheDepthFromTheLastDigitOfARegionalTableCode() {
        assertThat(RegionalDepth.ofTable("12411-02-03-4", List.of())).isEqualTo(RegionalDepth.COUNTIES);
        assertThat(RegionalDepth.ofTable("12411-02-03-5", List.of())).isEqualTo(RegionalDepth.MUNICIPALITIES);
        assertThat(RegionalDepth.ofTable("AI-N-01-2-5", List.of())).isEqualTo(RegionalDepth.MUNICIPALITIES);
        assertThat(RegionalDepth.ofTable("12211-0001", List.of())).isEqualTo(RegionalDepth.UNKNOWN);
    }

    @Test
    void readsTheDepthFromTheTitleWhenTheCodeDoesNotTell() {
        assertThat(RegionalDepth.ofTable("AI-S-03", List.of("Regionalatlas Deutschland")))
                .isEqualTo(RegionalDepth.UNKNOWN);
        // 22543-01-02-4 spells it "regional Tiefe"
        assertThat(RegionalDepth.ofTable("X", List.of("regional Tiefe: Kreise und krfr. Städte - ab 2011 -")))
                .isEqualTo(RegionalDepth.COUNTIES);
        assertThat(RegionalDepth.ofTable("X", List.of("regionale Tiefe: Gemeinden, Samt-/Verbandsgemeinden")))
                .isEqualTo(RegionalDepth.MUNICIPALITIES);
    }

    @Test
    void readsTheDepthOfAFlatFileRegionVariable() {
        assertThat(RegionalDepth.ofRegionVariable("KREISE")).isEqualTo(RegionalDepth.COUNTIES);
        assertThat(RegionalDepth.ofRegionVariable("GEMEIN")).isEqualTo(RegionalDepth.MUNICIPALITIES);
        assertThat(RegionalDepth.ofRegionVariable("GEOGM4")).isEqualTo(RegionalDepth.MUNICIPALITIES);
        assertThat(RegionalDepth.ofRegionVariable("DLAND")).isEqualTo(RegionalDepth.UNKNOWN);
    }
}
