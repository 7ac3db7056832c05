package de.lotse.planning;

import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.IndicatorReadModel.Audience;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic evaluation of target values (Zielgrößen): each target is judged against the values of its indicator in
 * its territory that were published up to a date — erreicht, auf Kurs, gefährdet, verfehlt or keine Daten — with the
 * numbers that led to the verdict. Values are read through the indicator module's read model for the public audience:
 * a suppressed value counts as missing, so no evaluation discloses a confidential figure. Evaluation rounds evaluate
 * at past dates; pages evaluate at today.
 */
@Service
@Transactional(readOnly = true)
public class TargetEvaluations {

    private final TargetRepository targets;
    private final IndicatorReadModel indicators;
    private final Territories territories;

    TargetEvaluations(TargetRepository targets, IndicatorReadModel indicators, Territories territories) {
        this.targets = targets;
        this.indicators = indicators;
        this.territories = territories;
    }

    /**
     * The evaluation of one target at a date.
     *
     * @param asOf only values whose period ends on or before this day count; the target date is compared with it
     * @throws UnknownTargetException if there is no such target
     */
    public TargetEvaluation evaluate(long targetId, LocalDate asOf) {
        Target target = targets.find(targetId).orElseThrow(() -> new UnknownTargetException(targetId));
        return new Batch(asOf).evaluate(target);
    }

    /** The evaluations of a measure's targets at a date, in the order the targets were created; empty if none. */
    public List<TargetEvaluation> forMeasure(long measureId, LocalDate asOf) {
        Batch batch = new Batch(asOf);
        return targets.ofMeasure(measureId).stream().map(batch::evaluate).toList();
    }

    /** The evaluations of an objective's targets at a date, in the order the targets were created; empty if none. */
    public List<TargetEvaluation> forObjective(long objectiveId, LocalDate asOf) {
        Batch batch = new Batch(asOf);
        return targets.ofObjective(objectiveId).stream().map(batch::evaluate).toList();
    }

    /**
     * The evaluations of every target of a strategy at a date: the targets of its objectives (in the order of fields and
     * objectives), then those of its measures (in the order of the measures); empty if none.
     */
    public List<TargetEvaluation> forStrategy(long strategyId, LocalDate asOf) {
        Batch batch = new Batch(asOf);
        return targets.ofStrategy(strategyId).stream().map(batch::evaluate).toList();
    }

    /** The evaluations of every target at a date, by id. */
    public List<TargetEvaluation> all(LocalDate asOf) {
        Batch batch = new Batch(asOf);
        return targets.all().stream().map(batch::evaluate).toList();
    }

    /** Evaluations at one date that read each indicator and time series only once. */
    private final class Batch {

        private final LocalDate asOf;
        private final Map<IndicatorKey, Indicator> indicatorCache = new HashMap<>();
        private final Map<Long, Territory> territoryCache = new HashMap<>();
        private final Map<String, List<TargetEvaluator.Value>> seriesCache = new HashMap<>();

        Batch(LocalDate asOf) {
            if (asOf == null) {
                throw new IllegalArgumentException("An evaluation needs a date");
            }
            this.asOf = asOf;
        }

        TargetEvaluation evaluate(Target target) {
            Indicator indicator = indicatorCache.computeIfAbsent(target.indicatorKey(), key -> indicators
                    .find(key)
                    .orElseThrow(() -> new IllegalStateException(
                            "Target " + target.id() + " refers to the unknown indicator " + key)));
            Territory territory = territoryCache.computeIfAbsent(target.territoryId(), id -> territories
                    .findById(id)
                    .orElseThrow(() -> new IllegalStateException(
                            "Target " + target.id() + " refers to the unknown territory " + id)));
            List<TargetEvaluator.Value> series = seriesCache.computeIfAbsent(
                    indicator.key() + "@" + territory.id(), k -> series(indicator, territory));
            IndicatorDefinition d = indicator.definition();
            TargetEvaluator.Context context = new TargetEvaluator.Context(
                    d.name(), d.unit(), d.decimals(), d.polarity(), territory.key(), territory.name());
            return TargetEvaluator.evaluate(target, context, series, asOf);
        }

        private List<TargetEvaluator.Value> series(Indicator indicator, Territory territory) {
            return indicators.timeSeries(indicator.key(), territory, Audience.PUBLIC).stream()
                    .filter(v -> !v.suppressed() && v.value() != null)
                    .map(v -> new TargetEvaluator.Value(v.period(), v.value()))
                    .toList();
        }
    }
}
