package de.lotse.indicator.web;

import de.lotse.indicator.ComputedValue;
import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Formula;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorComputation;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.Period;
import de.lotse.indicator.StatusSymbol;
import de.lotse.indicator.StoredValue;
import de.lotse.indicator.UnknownIndicatorException;
import de.lotse.indicator.ValueRevision;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page of one value: {@code /indikatoren/{key}/werte/{territory}/{period}} (a school year as
 * {@code …/2015/16}). The value is shown as the audience may see it ({@link IndicatorReadModel}); provenance, the
 * inputs of a computed value and the revision history never show the public a figure the read model withholds.
 */
@Controller
class IndicatorValuePageController {

    /** Status symbols under which the source withholds a figure it may still have stored. */
    private static final Set<StatusSymbol> WITHHELD =
            EnumSet.of(StatusSymbol.UNKNOWN_OR_SECRET, StatusSymbol.TOO_UNCERTAIN);

    private final IndicatorCatalog catalog;
    private final IndicatorReadModel readModel;
    private final IndicatorValues values;
    private final IndicatorComputation computation;
    private final Territories territories;

    IndicatorValuePageController(
            IndicatorCatalog catalog,
            IndicatorReadModel readModel,
            IndicatorValues values,
            IndicatorComputation computation,
            Territories territories) {
        this.catalog = catalog;
        this.readModel = readModel;
        this.values = values;
        this.computation = computation;
        this.territories = territories;
    }

    /** The link to a value's page; a school year {@code 2015/16} stays two path segments. */
    static String href(IndicatorKey key, Territory territory, Period period) {
        return "/indikatoren/" + key.value() + "/werte/" + territory.key() + "/" + period;
    }

    /**
     * One input of a computed value as shown.
     *
     * @param visible whether its figure may be shown to this audience
     */
    record InputRow(ComputedValue.Input input, String name, String unit, boolean visible) {}

    /**
     * A former content of the cell as shown.
     *
     * @param valueShown whether the figure may be shown to this audience
     */
    record RevisionRow(ValueRevision revision, boolean valueShown) {}

    @GetMapping({
        "/indikatoren/{key}/werte/{territory}/{period}",
        "/indikatoren/{key}/werte/{territory}/{period}/{schoolYearEnd}"
    })
    String value(
            @PathVariable String key,
            @PathVariable String territory,
            @PathVariable String period,
            @PathVariable(required = false) String schoolYearEnd,
            Model model) {
        Indicator indicator = indicator(key);
        Territory t = territory(territory);
        Period p = period(schoolYearEnd == null ? period : period + "/" + schoolYearEnd);
        IndicatorReadModel.Audience audience = IndicatorApiController.audience();
        boolean permitted = audience == IndicatorReadModel.Audience.PERMITTED;

        // the unit's own value, decided in the same table as every cross-section and time series
        IndicatorReadModel.ShownValue shown =
                readModel.crossSection(indicator.key(), t, null, p, audience).parent();
        Optional<StoredValue> stored = values.find(indicator.key(), t.id(), p);
        if (stored.isEmpty() && !shown.suppressed() && shown.value() == null && shown.status() == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "No value of " + indicator.key() + " for " + t.key() + " in " + p);
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("territory", t);
        model.addAttribute("period", p);
        model.addAttribute("shown", shown);
        model.addAttribute("stored", stored.orElse(null));
        model.addAttribute("permitted", permitted);
        model.addAttribute("signedIn", signedIn());

        boolean computed = !(indicator.definition().formula() instanceof Formula.Raw);
        model.addAttribute("computed", computed);
        model.addAttribute(
                "formulaType",
                switch (indicator.definition().formula()) {
                    case Formula.Raw raw -> "RAW";
                    case Formula.Ratio ratio -> "RATIO";
                    case Formula.Expression expression -> "EXPRESSION";
                });
        if (computed) {
            ComputedValue value = computation.evaluate(indicator.key(), t.id(), p);
            List<InputRow> inputs = new ArrayList<>();
            boolean allVisible = !shown.suppressed();
            for (ComputedValue.Input input : value.inputs()) {
                Optional<Indicator> inputIndicator = catalog.find(input.indicator());
                boolean visible = permitted
                        || (!shown.suppressed()
                                && !readModel
                                        .crossSection(input.indicator(), t, null, p, audience)
                                        .parent()
                                        .suppressed());
                allVisible &= visible;
                inputs.add(new InputRow(
                        input,
                        inputIndicator
                                .map(i -> i.definition().name().in(currentLanguage()))
                                .orElse(input.indicator().value()),
                        inputIndicator.map(i -> i.definition().unit()).orElse(""),
                        visible));
            }
            // a single withheld input would let the public recompute it from the others and the result
            boolean showInputs = permitted || allVisible;
            model.addAttribute("computation", value);
            model.addAttribute("inputs", inputs);
            model.addAttribute("showInputs", showInputs);
        }

        // former contents: for the public only where no confidentiality rule could have hidden them
        boolean publicHistory =
                indicator.definition().confidentiality().equals(ConfidentialityRule.NONE) && !shown.suppressed();
        List<RevisionRow> revisions = values.revisions(indicator.key(), t.id(), p).stream()
                .map(r -> new RevisionRow(
                        r,
                        permitted
                                || (publicHistory
                                        && !WITHHELD.contains(r.value().status()))))
                .toList();
        model.addAttribute("revisions", revisions);
        model.addAttribute("historyWithheld", !permitted && !publicHistory && !revisions.isEmpty());
        model.addAttribute("decimals", indicator.definition().decimals());
        return "indicator/value";
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    private static String currentLanguage() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
    }

    private Indicator indicator(String key) {
        try {
            return catalog.get(IndicatorKey.of(key));
        } catch (UnknownIndicatorException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private Territory territory(String key) {
        try {
            return territories
                    .find(new TerritoryKey(key), null)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No territory " + key));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
