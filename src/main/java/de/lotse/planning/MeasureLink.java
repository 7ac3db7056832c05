package de.lotse.planning;

import java.util.Objects;

/**
 * A link of a measure to a document (by URL) or to a council paper (by its {@link PaperNumber}, until Lotse has a
 * council module; a URL is optional then).
 */
public record MeasureLink(LinkKind kind, String label, PaperNumber paperNumber, String url) {

    public MeasureLink {
        Objects.requireNonNull(kind, "kind");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A link needs a label");
        }
        label = label.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        if (kind == LinkKind.COUNCIL_PAPER && paperNumber == null) {
            throw new IllegalArgumentException("A link to a council paper needs its paper number");
        }
        if (kind == LinkKind.DOCUMENT && url == null) {
            throw new IllegalArgumentException("A link to a document needs its address");
        }
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("An address starts with https:// or http://");
        }
    }
}
