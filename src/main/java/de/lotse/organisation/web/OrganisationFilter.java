package de.lotse.organisation.web;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.ProviderType;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The filters of the organisation list: kind, provider type and a text found in the key, name, short name or
 * description (case does not matter). {@code null} means no filter.
 */
public record OrganisationFilter(OrganisationKind kind, ProviderType providerType, String text) {

    public OrganisationFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean matches(Organisation o) {
        if (kind != null && o.kind() != kind) {
            return false;
        }
        if (providerType != null && o.providerType() != providerType) {
            return false;
        }
        if (text == null) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return Stream.of(o.key(), o.name(), o.shortName(), o.description())
                .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle));
    }

    public boolean active() {
        return kind != null || providerType != null || text != null;
    }
}
