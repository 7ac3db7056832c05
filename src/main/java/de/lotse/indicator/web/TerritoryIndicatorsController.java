package de.lotse.indicator.web;

import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.IndicatorReadModel.Audience;
import de.lotse.indicator.IndicatorReadModel.ShownValue;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.Topic;
import de.lotse.indicator.ValueCoverage;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The indicator profile of a territory ({@code /gebiete/{key}/indikatoren}): every indicator with values for it,
 * grouped by topic, with the latest value, a sparkline of the time series and the comparison with the region above
 * (the Kreis for a Gemeinde or Gemeindeverband, the Land for a Kreis). Values through {@link IndicatorReadModel} only.
 */
@Controller
class TerritoryIndicatorsController {

    private final IndicatorReadModel readModel;
    private final ValueCoverage coverage;
    private final Territories territories;
    private final MessageSource messages;

    TerritoryIndicatorsController(
            IndicatorReadModel readModel, ValueCoverage coverage, Territories territories, MessageSource messages) {
        this.readModel = readModel;
        this.coverage = coverage;
        this.territories = territories;
        this.messages = messages;
    }

    /** One indicator of the profile. */
    record Entry(
            Indicator indicator,
            String name,
            ShownValue latest,
            String valueText,
            Sparkline sparkline,
            Territory region,
            String regionValueText,
            String deviationText,
            String comparison,
            String comparisonClass) {}

    /** The indicators of one topic. */
    record Group(Topic topic, List<Entry> entries) {}

    @GetMapping("/gebiete/{key}/indikatoren")
    String profile(@PathVariable String key, @RequestParam(required = false) String level, Model model, Locale locale) {
        Territory t = territory(key, level);
        String lang = "en".equals(locale.getLanguage()) ? "en" : "de";
        Audience audience = IndicatorApiController.audience();
        Territory region = region(t);
        Map<Topic, List<Entry>> byTopic = new EnumMap<>(Topic.class);
        for (IndicatorKey k : coverage.indicatorsWithValues(t.id())) {
            Optional<Indicator> found = readModel.find(k);
            if (found.isEmpty()) {
                continue;
            }
            Indicator indicator = found.get();
            IndicatorDefinition d = indicator.definition();
            List<ShownValue> series = TimeSeries.of(readModel, coverage, indicator, t, audience);
            if (series.isEmpty()) {
                continue;
            }
            ShownValue latest = series.stream()
                    .filter(v -> v.value() != null)
                    .reduce((a, b) -> b)
                    .orElse(series.getLast());
            String regionValue = null;
            String deviation = null;
            String comparison = null;
            String comparisonClass = null;
            // counts of areas of different size are not compared: only rates, shares and averages are
            if (region != null && latest.value() != null && !d.isCount()) {
                ShownValue r = readModel
                        .crossSection(k, region, t.level(), latest.period(), audience)
                        .parent();
                if (r.value() != null) {
                    regionValue = NumberText.format(r.value(), d.decimals(), locale);
                    BigDecimal diff = latest.value().subtract(r.value());
                    deviation = NumberText.signed(diff, d.decimals(), locale);
                    int sign = diff.setScale(d.decimals(), java.math.RoundingMode.HALF_UP)
                            .signum();
                    String verdict = verdict(d.polarity(), sign);
                    comparison = messages.getMessage(
                            "indicatorpage.compare." + verdict, new Object[] {region.name()}, locale);
                    comparisonClass = "cmp-" + verdict;
                }
            }
            byTopic.computeIfAbsent(d.topic(), x -> new ArrayList<>())
                    .add(new Entry(
                            indicator,
                            d.name().in(lang),
                            latest,
                            NumberText.format(latest.value(), d.decimals(), locale),
                            Sparkline.of(series, d.decimals(), locale, messages, t.name()),
                            region,
                            regionValue,
                            deviation,
                            comparison,
                            comparisonClass));
        }
        Collator collator = Collator.getInstance(Locale.GERMAN);
        List<Group> groups = new ArrayList<>();
        byTopic.forEach((topic, entries) -> groups.add(new Group(
                topic,
                entries.stream()
                        .sorted(Comparator.comparing(Entry::name, collator))
                        .toList())));
        model.addAttribute("t", t);
        model.addAttribute("region", region);
        model.addAttribute("groups", groups);
        model.addAttribute("permitted", audience == Audience.PERMITTED);
        return "indicator/territory-indicators";
    }

    /** better / worse by polarity; higher / lower for neutral indicators; same for no difference. */
    static String verdict(Polarity polarity, int sign) {
        if (sign == 0) {
            return "same";
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> sign > 0 ? "better" : "worse";
            case HIGHER_IS_WORSE -> sign > 0 ? "worse" : "better";
            case NEUTRAL -> sign > 0 ? "higher" : "lower";
        };
    }

    /** The region a territory is compared with: its Kreis, or for a Kreis its Land; none for a Land. */
    private Territory region(Territory t) {
        TerritoryLevel wanted =
                switch (t.level()) {
                    case MUNICIPALITY, ASSOCIATION, SOCIAL_SPACE -> TerritoryLevel.COUNTY;
                    case COUNTY -> TerritoryLevel.STATE;
                    case STATE -> null;
                };
        if (wanted == null) {
            return null;
        }
        return territories.ancestors(t).stream()
                .filter(a -> a.level() == wanted)
                .findFirst()
                .orElse(null);
    }

    private Territory territory(String key, String level) {
        TerritoryKey parsed;
        try {
            parsed = new TerritoryKey(key);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        TerritoryLevel lvl = null;
        if (level != null && !level.isBlank()) {
            try {
                lvl = TerritoryLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown level '" + level + "'");
            }
        }
        return territories
                .find(parsed, lvl)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No territory " + key));
    }
}
