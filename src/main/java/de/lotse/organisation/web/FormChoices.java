package de.lotse.organisation.web;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The options of the selects in the organisation and body forms: organisations (for parent, convenor, members) and
 * territories (the home county, its municipal associations and municipalities, plus the stored one if it lies
 * elsewhere).
 */
@Component
class FormChoices {

    private final Organisations organisations;
    private final Territories territories;

    FormChoices(Organisations organisations, Territories territories) {
        this.organisations = organisations;
        this.territories = territories;
    }

    /** All organisations except {@code excludedId} (an organisation cannot be its own parent). */
    List<Choice> organisations(Long excludedId) {
        return organisations.list().stream()
                .filter(o -> !Objects.equals(o.id(), excludedId))
                .map(FormChoices::choice)
                .toList();
    }

    static Choice choice(Organisation o) {
        String label = o.shortName() == null
                        || o.shortName().isBlank()
                        || o.shortName().equals(o.name())
                ? o.name()
                : o.name() + " (" + o.shortName() + ")";
        return new Choice(o.id(), label);
    }

    List<Choice> territories(Long storedId) {
        List<Territory> options = new ArrayList<>();
        territories.homeCounty().ifPresent(county -> {
            options.add(county);
            List<Territory> below = new ArrayList<>();
            below.addAll(territories.children(county, TerritoryLevel.ASSOCIATION));
            below.addAll(territories.children(county, TerritoryLevel.MUNICIPALITY));
            below.stream()
                    .filter(Territory::isCurrent)
                    .filter(t -> !t.isSingleMunicipalityAssociation())
                    .sorted(Comparator.comparing(Territory::name))
                    .forEach(options::add);
        });
        if (storedId != null && options.stream().noneMatch(t -> t.id() == storedId)) {
            territories.findById(storedId).ifPresent(options::add);
        }
        return options.stream()
                .map(t -> new Choice(t.id(), t.name() + " (" + t.typeName() + ")"))
                .toList();
    }
}
