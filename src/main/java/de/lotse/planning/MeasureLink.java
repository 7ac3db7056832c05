package de.lotse.planning;

import java.util.Objects;

/**
 * A link of a measure to a document or to a council paper (by its {@link PaperNumber}, until Lotse has a council
 * module). The URL is optional for both: a document may be named without being online (e.g. an annex of a council
 * paper), and the label then says which document it is.
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
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("An address starts with https:// or http://");
        }
    }
}
