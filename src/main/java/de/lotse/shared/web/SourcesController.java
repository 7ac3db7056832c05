package de.lotse.shared.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "Daten &amp; Quellen" page and the accessibility statement. */
@Controller
class SourcesController {

    private final List<DataSourceAttribution> sources;

    SourcesController(List<DataSourceAttribution> sources) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(DataSourceAttribution::order))
                .toList();
    }

    @GetMapping("/quellen")
    String sources(Model model) {
        model.addAttribute("sources", sources);
        return "shared/sources";
    }

    @GetMapping("/barrierefreiheit")
    String accessibility() {
        return "shared/accessibility";
    }
}
