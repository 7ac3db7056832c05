package de.lotse.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArsTests {

    @Test
    void splitsTheKeyIntoItsParts() {
        Ars ars = new Ars("033545406009");
        assertThat(ars.state()).isEqualTo("03");
        assertThat(ars.county()).isEqualTo("03354");
        assertThat(ars.association()).isEqualTo("033545406");
        assertThat(ars.municipalityAgs()).isEqualTo(new Ags("03354009"));
    }

    @Test
    void padsNativeKeysOfHigherLevels() {
        assertThat(Ars.fromNativeKey("03").value()).isEqualTo("030000000000");
        assertThat(Ars.fromNativeKey("03157").value()).isEqualTo("031570000000");
        assertThat(Ars.fromNativeKey("031570006").value()).isEqualTo("031570006000");
        assertThat(new Ars("031570006006").nativeKey(TerritoryLevel.ASSOCIATION))
                .isEqualTo("031570006");
    }

    @Test
    void rejectsMalformedKeys() {
        assertThatThrownBy(() -> new Ars("03157")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ars("03157000600X")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ags("0315700")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ars.fromNativeKey("0315")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsEveryKeyLengthUsersWrite() {
        assertThat(new TerritoryKey(" 03157 ").value()).isEqualTo("03157");
        assertThat(new TerritoryKey("03157006").value()).isEqualTo("03157006");
        assertThatThrownBy(() -> new TerritoryKey("3157")).isInstanceOf(TerritoryKey.MalformedKeyException.class);
        assertThatThrownBy(() -> new TerritoryKey("abc")).isInstanceOf(TerritoryKey.MalformedKeyException.class);
    }

    @Test
    void knowsTheOfficialTypes() {
        assertThat(TerritoryType.meaning(TerritoryLevel.COUNTY, "44")).isEqualTo("Landkreis");
        assertThat(TerritoryType.meaning(TerritoryLevel.ASSOCIATION, "52")).isEqualTo("Samtgemeinde");
        assertThat(TerritoryType.isValid(TerritoryLevel.MUNICIPALITY, "52")).isFalse();
        assertThat(TerritoryType.isUnincorporated("66")).isTrue();
    }
}
