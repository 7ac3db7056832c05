package de.lotse.directory.coverage;

import de.lotse.planning.MeasurePageSection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Lists on the public measure page the counselling services that implement the measure (public names only). */
@Component
class DirectoryMeasureSection implements MeasurePageSection {

    private final ServiceMeasureLinks links;
    private final MessageSource messages;

    DirectoryMeasureSection(ServiceMeasureLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @Override
    public Optional<Content> forMeasure(long measureId, Locale locale) {
        List<ServiceMeasureLinks.ServiceRef> services = links.servicesOf(measureId);
        if (services.isEmpty()) {
            return Optional.empty();
        }
        String example = messages.getMessage("coverage.exampleData", null, locale);
        return Optional.of(new Content(
                "directory-services",
                messages.getMessage("coverage.measureSection.heading", null, locale),
                messages.getMessage("coverage.measureSection.intro", null, locale),
                services.stream()
                        .map(s -> new Entry(s.name(), "/beratung/angebote/" + s.id(), s.exampleData() ? example : null))
                        .toList()));
    }
}
