package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaperNumberTests {

    @Test
    void acceptsYearSlashNumber() {
        assertThat(PaperNumber.of("2014/026").value()).isEqualTo("2014/026");
        assertThat(PaperNumber.of(" 2006/037 ").year()).isEqualTo(2006);
        assertThat(PaperNumber.isValid("2018/053")).isTrue();
        assertThat(PaperNumber.isValid("2014/026-1")).isTrue();
    }

    @Test
    void keepsLeadingZerosInsteadOfGuessing() {
        assertThat(PaperNumber.of("2014/026")).isNotEqualTo(PaperNumber.of("2014/26"));
    }

    @Test
    void refusesOtherTexts() {
        for (String text : new String[] {"26/2014", "2014-026", "Vorlage 2014/026", "14/026", "2014/", ""}) {
            assertThat(PaperNumber.isValid(text)).as(text).isFalse();
        }
        assertThatThrownBy(() -> PaperNumber.of("2014-026"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2014/026");
    }

    @Test
    void aCouncilPaperLinkNeedsItsNumberAndADocumentAddressIsAWebAddressIfGiven() {
        assertThatThrownBy(() -> new MeasureLink(LinkKind.COUNCIL_PAPER, "Vorlage", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MeasureLink(LinkKind.DOCUMENT, "Anlage zur Vorlage", null, " ").url())
                .as("a document that is not online is named by its label")
                .isNull();
        assertThatThrownBy(() -> new MeasureLink(LinkKind.DOCUMENT, "Bericht", null, "ftp://x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MeasureLink(LinkKind.COUNCIL_PAPER, "Vorlage", PaperNumber.of("2014/026"), null).url())
                .isNull();
    }
}
