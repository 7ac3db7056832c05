package de.lotse.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormIndexesTests {

    @Test
    void acceptsIndexesInsideTheLimitAndNamesWithoutIndexes() {
        assertThatCode(() -> FormIndexes.check("name", 200)).doesNotThrowAnyException();
        assertThatCode(() -> FormIndexes.check("sites[0].schedules[199].opensAt", 200))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesNegativeLargeAndOverlongIndexesNamingTheParameter() {
        for (String name : new String[] {
            "phones[200]",
            "phones[100000000]",
            "sites[-1].name",
            "sites[0].schedules[-1].opensAt",
            "phones[99999999999]"
        }) {
            assertThatThrownBy(() -> FormIndexes.check(name, 200))
                    .isInstanceOf(FormIndexes.FormIndexException.class)
                    .hasMessageContaining(name)
                    .satisfies(e -> assertThat(((FormIndexes.FormIndexException) e).parameter())
                            .isEqualTo(name));
        }
    }
}
