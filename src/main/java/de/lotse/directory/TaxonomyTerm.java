package de.lotse.directory;

import java.util.Map;
import java.util.UUID;

/**
 * A term of a taxonomy (HSDS taxonomy_term): a counselling category, a target group or a field of action.
 *
 * @param code stable kebab-case code inside its taxonomy, e.g. {@code erziehungsberatung}
 * @param name the German name
 * @param parentId the broader term, null for a top term
 * @param keywords search words (synonyms), comma separated, null if none
 * @param minimumAge for an age group: the youngest age it covers, else null
 * @param labels the name in other languages by ISO 639-1 code (en, tr, ar, ru, uk)
 */
public record TaxonomyTerm(
        UUID id,
        String taxonomyKey,
        String code,
        String name,
        String description,
        UUID parentId,
        String keywords,
        Integer minimumAge,
        Integer maximumAge,
        int position,
        String termUri,
        Map<String, String> labels) {

    public TaxonomyTerm {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The name in a language ("de" or a language with a label), falling back to the German name. */
    public String label(String language) {
        if (language == null) {
            return name;
        }
        String label = labels.get(language);
        return label == null || label.isBlank() ? name : label;
    }
}
