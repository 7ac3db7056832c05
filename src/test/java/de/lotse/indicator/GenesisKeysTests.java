package de.lotse.indicator;

import static de.lotse.territory.TerritoryLevel.ASSOCIATION;
import static de.lotse.territory.TerritoryLevel.COUNTY;
import static de.lotse.territory.TerritoryLevel.MUNICIPALITY;
import static de.lotse.territory.TerritoryLevel.STATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class GenesisKeysTests {

    @Test
    void readsGermanyLandAndRegierungsbezirk() {
        assertThat(GenesisKeys.candidates("DG", RegionalDepth.COUNTIES)).containsExactly(KeyCandidate.germany());
        assertThat(GenesisKeys.candidates("03", RegionalDepth.COUNTIES))
                .containsExactly(KeyCandidate.territory(STATE, "03"));
        assertThat(GenesisKeys.candidates("031", RegionalDepth.MUNICIPALITIES))
                .containsExactly(KeyCandidate.regionalDistrict("031"));
        assertThat(GenesisKeys.candidates("03157", RegionalDepth.UNKNOWN))
                .containsExactly(KeyCandidate.territory(COUNTY, "03157"));
    }

    @Test
    void offersGemeindeAndSamtgemeindeForAnEightDigitKeyOfAGemeindeTable() {
        assertThat(GenesisKeys.candidates("03354403", RegionalDepth.MUNICIPALITIES))
                .extracting(KeyCandidate::level, KeyCandidate::key)
                .containsExactly(tuple(MUNICIPALITY, "03354????403"), tuple(ASSOCIATION, "03354?403"));
        assertThat(GenesisKeys.candidates("03157006", RegionalDepth.UNKNOWN))
                .extracting(KeyCandidate::key)
                .containsExactly("03157????006", "03157?006");
    }

    @Test
    void offersOnlyTheGemeindeForAnEightDigitKeyOfAKreisTable() {
        assertThat(GenesisKeys.candidates("05334002", RegionalDepth.COUNTIES))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.level()).isEqualTo(MUNICIPALITY);
                    assertThat(c.ags()).isEqualTo("05334002");
                    assertThat(c.matches("053340002002")).isTrue();
                });
    }

    @Test
    void readsTheMemberGemeindenOfSamtgemeindenAndVerbandsgemeinden() {
        assertThat(GenesisKeys.candidates("03354403005", RegionalDepth.MUNICIPALITIES))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.key()).isEqualTo("03354?403005");
                    assertThat(c.ags()).isEqualTo("03354005");
                    assertThat(c.matches("033545403005")).isTrue();
                    assertThat(c.matches("033545406005")).isFalse();
                });
        assertThat(GenesisKeys.candidates("0713101", RegionalDepth.MUNICIPALITIES))
                .containsExactly(KeyCandidate.territory(ASSOCIATION, "07131??01"));
        assertThat(GenesisKeys.candidates("0713101001", RegionalDepth.MUNICIPALITIES))
                .containsExactly(KeyCandidate.territory(MUNICIPALITY, "07131??01001"));
        assertThat(GenesisKeys.candidates("0713100007", RegionalDepth.MUNICIPALITIES))
                .singleElement()
                .satisfies(c -> assertThat(c.matches("071310007007")).isTrue());
    }

    @Test
    void takesATwelveDigitKeyAsTheArsOfAGemeinde() {
        assertThat(GenesisKeys.candidates("031570006006", RegionalDepth.MUNICIPALITIES))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.exact()).isTrue();
                    assertThat(c.level()).isEqualTo(MUNICIPALITY);
                });
    }

    @Test
    void rejectsWhatIsNoRegionKey() {
        assertThat(GenesisKeys.candidates("Peine", RegionalDepth.UNKNOWN)).isEmpty();
        assertThat(GenesisKeys.candidates("0315", RegionalDepth.UNKNOWN)).isEmpty();
        assertThat(GenesisKeys.candidates("", RegionalDepth.UNKNOWN)).isEmpty();
        assertThat(GenesisKeys.candidates(null, RegionalDepth.UNKNOWN)).isEmpty();
        assertThat(GenesisKeys.candidates("0315700600601", RegionalDepth.UNKNOWN))
                .isEmpty();
    }
}
