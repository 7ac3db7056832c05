package de.lotse.indicator;

import java.util.Arrays;

/**
 * The cells (indicator, territory, period) an import has seen, each with the line it was first seen in, so that a
 * second row for the same cell is reported with the first one's line. Kept compact because a large file has millions
 * of rows: the key is a {@code long} (a small number for the pair of indicator and period, and the territory's id) in
 * an open-addressing table of primitive arrays, about 12 to 24 bytes per cell instead of a few hundred for a map of
 * strings.
 */
final class CellLines {

    private static final long EMPTY = 0L;

    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /**
     * Records the cell at the line; returns 0 if the cell is new, else the line it was first seen in (and keeps that).
     *
     * @param pair a number {@code >= 1} that stands for one pair of indicator and period within this import
     * @param territoryId the territory's id, {@code 0 <= id < 2^32}
     */
    int putIfAbsent(int pair, long territoryId, int line) {
        if (pair < 1 || territoryId < 0 || territoryId >= (1L << 32)) {
            throw new IllegalArgumentException("cell out of range: " + pair + "/" + territoryId);
        }
        long key = ((long) pair << 32) | territoryId;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        lines[slot] = line;
        if (++size * 4 > keys.length * 3) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
        Arrays.fill(oldKeys, EMPTY);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
