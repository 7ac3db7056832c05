package de.lotse.planning.web;

import de.lotse.organisation.Organisations;
import de.lotse.planning.CrossCuttingAspects;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the planning forms offer: organisations, bodies, municipalities of the county, aspects. */
@Component
class PlanningFormChoices {

    private final Organisations organisations;
    private final Territories territories;
    private final CrossCuttingAspects aspects;

    PlanningFormChoices(Organisations organisations, Territories territories, CrossCuttingAspects aspects) {
        this.organisations = organisations;
        this.territories = territories;
        this.aspects = aspects;
    }

    /** One option of a select: value and visible text. */
    record Option(String value, String label) {}

    /** One entry of the error summary: the id to jump to and the text. */
    record SummaryItem(String anchor, String text) {}

    void add(Model model, Locale locale) {
        model.addAttribute(
                "organisationOptions",
                organisations.list().stream()
                        .map(o -> new Option(Long.toString(o.id()), o.name()))
                        .toList());
        model.addAttribute(
                "bodyOptions",
                organisations.bodies().stream()
                        .map(b -> new Option(Long.toString(b.id()), b.name()))
                        .toList());
        model.addAttribute(
                "aspectOptions",
                aspects.list().stream()
                        .map(a -> new Option(Long.toString(a.id()), a.name(locale.getLanguage())))
                        .toList());
        model.addAttribute("territoryOptions", countyAndMunicipalities());
    }

    /** The home county and its municipalities (Gemeinden), county first. */
    List<Option> countyAndMunicipalities() {
        List<Option> options = new ArrayList<>();
        territories.homeCounty().ifPresent(county -> {
            options.add(new Option(Long.toString(county.id()), county.name()));
            for (Territory t : territories.children(county, TerritoryLevel.MUNICIPALITY)) {
                options.add(new Option(Long.toString(t.id()), t.name()));
            }
        });
        return options;
    }

    /** The municipalities of the home county. */
    List<Option> municipalities() {
        return countyAndMunicipalities().stream().skip(1).toList();
    }

    /** The anchor (input id) of a problem's field. */
    static String anchor(String field, Map<String, String> groups) {
        String group = groups.get(field);
        if (group != null) {
            return group;
        }
        return field.replace("[", "-").replace("]", "").replace(".", "-");
    }
}
