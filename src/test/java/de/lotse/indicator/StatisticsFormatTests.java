package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsFormatTests {

    @ParameterizedTest
    @CsvSource({
        SharedData.TRIMMED + "/12411-02-03-4_00_03157_03354.csv, CLASSIC_TABLE",
        SharedData.TRIMMED + "/21111-02-06-4_03157_03354.csv, CLASSIC_TABLE",
        SharedData.REGIONALSTATISTIK + "/AI-S-03_00.csv, CLASSIC_TABLE",
        SharedData.FFCSV_2026 + "/12411-01-01-4_1773175772751_de_flat.csv, FLAT_FILE",
        SharedData.FFCSV_2026 + "/12211-0001_1773175226037_en_flat.csv, FLAT_FILE",
        SharedData.FFCSV_OLD_AND_NEW + "/61111-0001_de_flat.csv, FLAT_FILE_OLD",
        SharedData.FFCSV_OLD_AND_NEW + "/21611-0002_de_flat.zip, ZIP_ARCHIVE",
        SharedData.FFCSV_2026 + "/12411-01-01-4_metadata-table_de_response.json, UNKNOWN",
        "gemeinden/GV100AD_30112025_03157_03354.txt, UNKNOWN"
    })
    void recognisesTheRealFilesFromTheirFirstBytes(String file, StatisticsFormat format) {
        byte[] head = Arrays.copyOf(SharedData.bytes(file), StatisticsFormat.PROBE_BYTES);

        assertThat(StatisticsFormat.detect(head)).isEqualTo(format);
    }

    @Test
    void recognisesTheNewFlatFileInsideTheZipOfTheWebService() {
        byte[] csv = FlatFileReaderTests.onlyEntry(
                SharedData.bytes(SharedData.FFCSV_OLD_AND_NEW + "/61111-0001_de_flat.zip"));

        assertThat(StatisticsFormat.detect(csv)).isEqualTo(StatisticsFormat.FLAT_FILE);
    }

    @Test
    void needsOnlyTheFirstBytesAndTreatsShortOrEmptyInputAsUnknown() {
        assertThat(StatisticsFormat.detect("GENESIS-Tabelle: 1".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(StatisticsFormat.CLASSIC_TABLE);
        assertThat(StatisticsFormat.detect("GENESIS".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(StatisticsFormat.UNKNOWN);
        assertThat(StatisticsFormat.detect(new byte[0])).isEqualTo(StatisticsFormat.UNKNOWN);
        assertThat(StatisticsFormat.detect("territory,indicator,period,value".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(StatisticsFormat.UNKNOWN);
    }
}
