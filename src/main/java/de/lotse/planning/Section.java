package de.lotse.planning;

import java.util.Objects;

/** A section of a strategy document, e.g. its preamble, its situation or one guiding principle (Leitsatz). */
public record Section(SectionKind kind, String title, String body) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? null : title.strip();
        body = body == null ? null : body.strip();
    }
}
