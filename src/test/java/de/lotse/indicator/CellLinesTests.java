package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CellLinesTests {

    @Test
    void remembersTheFirstLineOfEveryCellThroughManyGrowths() {
        CellLines cells = new CellLines();
        for (int pair = 1; pair <= 20; pair++) {
            for (long territory = 0; territory < 11_000; territory++) {
                assertThat(cells.putIfAbsent(pair, territory, (int) (pair * 100_000 + territory)))
                        .isZero();
            }
        }
        assertThat(cells.size()).isEqualTo(220_000);
        for (int pair = 1; pair <= 20; pair++) {
            for (long territory = 0; territory < 11_000; territory += 997) {
                assertThat(cells.putIfAbsent(pair, territory, 1)).isEqualTo((int) (pair * 100_000 + territory));
            }
        }
        assertThat(cells.size()).isEqualTo(220_000);
    }

    @Test
    void tellsCellsApartThatDifferOnlyInPairOrTerritory() {
        CellLines cells = new CellLines();
        assertThat(cells.putIfAbsent(1, 2, 10)).isZero();
        assertThat(cells.putIfAbsent(2, 1, 11)).isZero();
        assertThat(cells.putIfAbsent(1, 2, 12)).isEqualTo(10);
        assertThat(cells.putIfAbsent(2, 1, 13)).isEqualTo(11);
    }

    @Test
    void refusesKeysOutOfRange() {
        CellLines cells = new CellLines();
        assertThatThrownBy(() -> cells.putIfAbsent(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cells.putIfAbsent(1, 1L << 32, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
