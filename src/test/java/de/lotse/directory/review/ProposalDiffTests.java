package de.lotse.directory.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.directory.ServiceDraft;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProposalDiffTests {

    private final ProposalDiff diff = new ProposalDiff(JsonMapper.builder().build());

    @Test
    void namesEveryChangedFieldWithItsPath() {
        ServiceDraft published = draft("Erziehungsberatung", "Für Eltern", List.of("erziehungsberatung"));
        ServiceDraft proposed =
                draft("Erziehungsberatung Peine", "Für Eltern", List.of("erziehungsberatung", "fruehe-hilfen"));
        assertThat(diff.between(published, proposed))
                .containsExactly(
                        new FieldChange("name", "Erziehungsberatung", "Erziehungsberatung Peine"),
                        new FieldChange("categoryCodes[1]", null, "fruehe-hilfen"));
    }

    @Test
    void aRemovedTextIsAChangeToNothingAndEmptyEqualsMissing() {
        ServiceDraft published = draft("A", "Text", List.of());
        assertThat(diff.between(published, draft("A", null, List.of())))
                .containsExactly(new FieldChange("description", "Text", null));
        assertThat(diff.between(draft("A", "", List.of()), draft("A", null, List.of())))
                .isEmpty();
    }

    @Test
    void aNewServiceListsEverythingItSets() {
        assertThat(diff.between(null, draft("Neu", "Beschreibung", List.of("x"))))
                .extracting(FieldChange::path)
                .contains("name", "description", "categoryCodes[0]", "organisationId");
        assertThat(new FieldChange("sites[0].schedules[1].opensAt", null, "09:00").topField())
                .isEqualTo("sites");
    }

    private static ServiceDraft draft(String name, String description, List<String> categories) {
        return new ServiceDraft(
                null,
                3L,
                name,
                null,
                description,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "de",
                categories,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                null);
    }
}
