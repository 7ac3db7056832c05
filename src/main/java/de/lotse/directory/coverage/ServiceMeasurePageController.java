package de.lotse.directory.coverage;

import de.lotse.planning.Measure;
import de.lotse.planning.MeasureFilter;
import de.lotse.planning.Measures;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form for planners to link a service to the planning measures it implements
 * ({@code /verzeichnis/abdeckung/massnahmen}): find a service, tick its measures, save.
 */
@Controller
class ServiceMeasurePageController {

    private final ServiceMeasureLinks links;
    private final Measures measures;

    ServiceMeasurePageController(ServiceMeasureLinks links, Measures measures) {
        this.links = links;
        this.measures = measures;
    }

    @GetMapping("/verzeichnis/abdeckung/massnahmen")
    String page(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID service,
            Model model,
            Locale locale) {
        model.addAttribute("q", q);
        model.addAttribute("services", links.search(q, 50));
        if (service != null) {
            ServiceMeasureLinks.ServiceRef s = links.service(service)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such service."));
            Set<Long> linked = new HashSet<>();
            links.links(service).forEach(l -> linked.add(l.measureId()));
            model.addAttribute("service", s);
            model.addAttribute("linked", linked);
            model.addAttribute("version", links.version(service));
            model.addAttribute("measures", measures.list(MeasureFilter.all()));
        }
        return "directory/coverage/measures";
    }

    @PostMapping("/verzeichnis/abdeckung/massnahmen")
    String save(
            @RequestParam UUID service,
            @RequestParam(name = "measureIds", required = false) List<Long> measureIds,
            @RequestParam long version,
            RedirectAttributes redirect) {
        links.service(service).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such service."));
        if (links.version(service) != version) {
            redirect.addFlashAttribute("stale", true);
        } else {
            List<Long> ids = Optional.ofNullable(measureIds).orElse(List.of()).stream()
                    .filter(id -> measures.find(id).map(Measure::id).isPresent())
                    .toList();
            links.replace(service, ids);
            redirect.addFlashAttribute("saved", true);
        }
        return "redirect:/verzeichnis/abdeckung/massnahmen?service=" + service;
    }
}
