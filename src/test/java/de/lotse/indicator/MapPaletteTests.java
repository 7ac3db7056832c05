package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapPaletteTests {

    private static final MapClassification.Classes FIVE = MapClassification.classify(
            List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).stream()
                    .map(BigDecimal::valueOf)
                    .toList(),
            MapClassification.Method.QUANTILE,
            5,
            null,
            0);

    @Test
    void sequentialYlGnBuRunsFromLightToDarkWithDarkerMeaningWorse() {
        assertThat(MapPalette.YL_GN_BU.colours(FIVE, Polarity.HIGHER_IS_WORSE, null))
                .containsExactly("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494");
        assertThat(MapPalette.YL_GN_BU.colours(FIVE, Polarity.NEUTRAL, null))
                .last()
                .isEqualTo("#253494");
        assertThat(MapPalette.YL_GN_BU.colours(FIVE, Polarity.HIGHER_IS_BETTER, null))
                .as("higher is better: the lowest class is the darkest")
                .containsExactly("#253494", "#2c7fb8", "#41b6c4", "#a1dab4", "#ffffcc");
    }

    @Test
    void everyClassCountHasItsOwnColours() {
        for (int n = 1; n <= 7; n++) {
            for (MapPalette p : List.of(MapPalette.YL_GN_BU, MapPalette.VIRIDIS)) {
                List<String> colours = p.sequential(n);
                assertThat(colours).hasSize(n).doesNotHaveDuplicates().allMatch(c -> c.matches("#[0-9a-f]{6}"));
            }
        }
        assertThat(MapPalette.VIRIDIS.sequential(5))
                .containsExactly("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154");
    }

    @Test
    void divergingIsWhiteAroundTheReferenceAndRedOnTheWorseSide() {
        // classes 1-2, 3-4, 5-6, 7-8, 9-10; reference 5.5 lies in the middle class
        List<String> worse = MapPalette.DIVERGING.colours(FIVE, Polarity.HIGHER_IS_WORSE, new BigDecimal("5.5"));
        assertThat(worse.get(2)).isEqualTo("#f7f7f7");
        assertThat(worse.get(0)).as("far below: strong blue").isEqualTo("#053061");
        assertThat(worse.get(4)).as("far above: strong red").isEqualTo("#67001f");
        List<String> better = MapPalette.DIVERGING.colours(FIVE, Polarity.HIGHER_IS_BETTER, new BigDecimal("5.5"));
        assertThat(better.get(0)).isEqualTo("#67001f");
        List<String> neutral = MapPalette.DIVERGING.colours(FIVE, Polarity.NEUTRAL, new BigDecimal("5.5"));
        assertThat(neutral).doesNotContain("#67001f", "#053061");
        List<String> allAbove = MapPalette.DIVERGING.colours(FIVE, Polarity.HIGHER_IS_WORSE, BigDecimal.ZERO);
        assertThat(allAbove).doesNotContain("#f7f7f7").allMatch(c -> List.of(
                        "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f")
                .contains(c));
        List<String> allBelow = MapPalette.DIVERGING.colours(FIVE, Polarity.HIGHER_IS_WORSE, BigDecimal.valueOf(99));
        assertThat(allBelow).doesNotContain("#f7f7f7").hasSize(5);
    }

    @Test
    void parsesNamesAndRejectsUnknownOnes() {
        assertThat(MapPalette.parse("viridis")).isEqualTo(MapPalette.VIRIDIS);
        assertThat(MapPalette.parse("yl-gn-bu")).isEqualTo(MapPalette.YL_GN_BU);
        assertThat(MapPalette.parse(null)).isEqualTo(MapPalette.YL_GN_BU);
        assertThatThrownBy(() -> MapPalette.parse("rainbow")).hasMessageContaining("rainbow");
    }
}
