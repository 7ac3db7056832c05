package de.lotse.planning;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A section another module adds to the public measure page ({@code /massnahmen/{id}}), e.g. the counselling services
 * of the directory that implement the measure. Other modules implement it as Spring beans; the planning module renders
 * every section it gets as a heading, an optional introduction and a list of linked entries, after its own sections.
 * Planning knows nothing of the implementing modules (they depend on planning, never the other way round).
 *
 * <p>The page is public: a section must contain only what anonymous visitors may see.
 */
public interface MeasurePageSection {

    /** The section for the measure in the interface language, or empty when there is nothing to show. */
    Optional<Content> forMeasure(long measureId, Locale locale);

    /**
     * What the page shows.
     *
     * @param id the HTML id of the section (letters, digits and '-')
     * @param heading the section's heading
     * @param intro a sentence before the list, or {@code null}
     * @param entries the list
     */
    record Content(String id, String heading, String intro, List<Entry> entries) {
        public Content {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One entry: a label linked to {@code href} (if not {@code null}) and an optional detail after it.
     *
     * @param label the text of the entry
     * @param href a site-relative link, or {@code null}
     * @param detail a short note after the link, or {@code null}
     */
    record Entry(String label, String href, String detail) {}
}
