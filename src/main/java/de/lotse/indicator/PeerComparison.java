package de.lotse.indicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer comparison: the German Kreise most similar to one Kreis for chosen indicators.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li>For each indicator the period used is the newest one (by last day, not after the requested period if one is
 *       given) in which at least one Kreis has a value the public may see.
 *   <li>Only values visible to the public are used, for every audience. A current Kreis lacking a visible value for
 *       any indicator is excluded (and counted).
 *   <li>Each indicator is standardised over the Kreise with complete data: z = (x − mean) / population standard
 *       deviation (0 if all values are equal), so every indicator weighs the same whatever its unit.
 *   <li>The distance of two Kreise is the Euclidean distance of their z-score vectors, √Σ(z<sub>a</sub> −
 *       z<sub>b</sub>)². The N Kreise with the smallest distance are the peers (ties by key).
 * </ol>
 */
@Service
@Transactional(readOnly = true)
public class PeerComparison {

    /** At most this many peers. */
    public static final int MAX_PEERS = 50;

    /** At most this many indicators. */
    public static final int MAX_INDICATORS = 20;

    private static final int TRIES = 12;

    private final IndicatorReadModel readModel;
    private final ValuePeriods periods;
    private final Territories territories;

    PeerComparison(IndicatorReadModel readModel, ValuePeriods periods, Territories territories) {
        this.readModel = readModel;
        this.periods = periods;
        this.territories = territories;
    }

    /**
     * An indicator as used.
     *
     * @param indicator the indicator
     * @param period the period used, {@code null} if no Kreis has a visible value
     * @param moments mean and standard deviation over the Kreise with complete data
     */
    public record Feature(Indicator indicator, Period period, Standardisation.Moments moments) {}

    /**
     * A Kreis with its values.
     *
     * @param territory the Kreis
     * @param distance its distance from the target (0 for the target itself)
     * @param values one per feature
     * @param zScores one per feature
     */
    public record Peer(Territory territory, double distance, List<BigDecimal> values, List<Double> zScores) {}

    /**
     * The result.
     *
     * @param territory the Kreis compared
     * @param target its own row (distance 0), {@code null} when it lacks data
     * @param features the indicators in the order given
     * @param peers the most similar Kreise, nearest first
     * @param complete how many current Kreise have complete data (the target included)
     * @param excluded how many current Kreise are left out for missing or suppressed data
     * @param targetMissing the indicators the target lacks a visible value for (then there are no peers)
     */
    public record Result(
            Territory territory,
            Peer target,
            List<Feature> features,
            List<Peer> peers,
            int complete,
            int excluded,
            List<IndicatorKey> targetMissing) {}

    /**
     * Finds the peers.
     *
     * @param period the latest period to use, or {@code null} for the newest available
     * @throws IllegalArgumentException if the territory is no Kreis, n is out of range, or the indicators are none,
     *     too many or repeated
     * @throws UnknownIndicatorException for an unknown indicator
     */
    public Result compare(Territory territory, List<IndicatorKey> keys, int n, Period period) {
        if (territory.level() != TerritoryLevel.COUNTY) {
            throw new IllegalArgumentException("Peers are found among Kreise; " + territory.key()
                    + " is no Kreis (level " + territory.level() + ").");
        }
        if (n < 1 || n > MAX_PEERS) {
            throw new IllegalArgumentException("'n' is 1 to " + MAX_PEERS + ", not " + n + ".");
        }
        if (keys.isEmpty() || keys.size() > MAX_INDICATORS || new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException(
                    "Choose 1 to " + MAX_INDICATORS + " different indicators, not " + keys + ".");
        }
        List<Territory> kreise = territories.allOfLevel(TerritoryLevel.COUNTY).stream()
                .filter(Territory::isCurrent)
                .toList();
        List<Long> ids = kreise.stream().map(Territory::id).toList();
        List<Feature> features = new ArrayList<>();
        List<Map<Long, BigDecimal>> values = new ArrayList<>();
        for (IndicatorKey key : keys) {
            Indicator indicator = readModel.find(key).orElseThrow(() -> new UnknownIndicatorException(key));
            Period used = null;
            Map<Long, BigDecimal> byId = Map.of();
            TreeSet<Period> candidates = periods.periods(key, ids);
            int tries = 0;
            for (Period p : candidates.descendingSet()) {
                if (period != null && p.end().isAfter(period.end())) {
                    continue;
                }
                if (tries++ >= TRIES) {
                    break;
                }
                Map<Long, BigDecimal> read = visibleValues(key, p);
                if (!read.isEmpty()) {
                    used = p;
                    byId = read;
                    break;
                }
            }
            features.add(new Feature(indicator, used, null));
            values.add(byId);
        }
        return nearest(territory, kreise, features, values, n);
    }

    /** The pure arithmetic over values already read (the values visible to the public). */
    static Result nearest(
            Territory target,
            List<Territory> kreise,
            List<Feature> features,
            List<Map<Long, BigDecimal>> values,
            int n) {
        List<Territory> complete = new ArrayList<>();
        for (Territory k : kreise) {
            if (values.stream().allMatch(v -> v.get(k.id()) != null)) {
                complete.add(k);
            }
        }
        List<IndicatorKey> targetMissing = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            if (values.get(i).get(target.id()) == null) {
                targetMissing.add(features.get(i).indicator().key());
            }
        }
        List<Feature> standardised = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Map<Long, BigDecimal> v = values.get(i);
            Feature f = features.get(i);
            standardised.add(new Feature(
                    f.indicator(),
                    f.period(),
                    Standardisation.moments(
                            complete.stream().map(k -> v.get(k.id())).toList())));
        }
        int excluded = kreise.size() - complete.size();
        if (!targetMissing.isEmpty()) {
            return new Result(target, null, standardised, List.of(), complete.size(), excluded, targetMissing);
        }
        Map<Long, Peer> rows = new HashMap<>();
        for (Territory k : complete) {
            List<BigDecimal> xs = new ArrayList<>();
            List<Double> zs = new ArrayList<>();
            for (int i = 0; i < standardised.size(); i++) {
                BigDecimal x = values.get(i).get(k.id());
                xs.add(x);
                zs.add(standardised.get(i).moments().z(x.doubleValue()));
            }
            rows.put(k.id(), new Peer(k, 0, xs, zs));
        }
        Peer self = rows.get(target.id());
        List<Peer> peers = new ArrayList<>();
        for (Territory k : complete) {
            if (k.id() == target.id()) {
                continue;
            }
            Peer p = rows.get(k.id());
            double squares = 0;
            for (int i = 0; i < p.zScores().size(); i++) {
                double d = p.zScores().get(i) - self.zScores().get(i);
                squares += d * d;
            }
            peers.add(new Peer(k, Math.sqrt(squares), p.values(), p.zScores()));
        }
        peers.sort(Comparator.comparingDouble(Peer::distance)
                .thenComparing(p -> p.territory().key()));
        return new Result(
                target,
                self,
                standardised,
                List.copyOf(peers.subList(0, Math.min(n, peers.size()))),
                complete.size(),
                excluded,
                List.of());
    }

    /** The public values of all Kreise in one period, read Land by Land through the read model. */
    private Map<Long, BigDecimal> visibleValues(IndicatorKey key, Period period) {
        Map<Long, BigDecimal> byId = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Territory land : territories.states()) {
            for (IndicatorReadModel.Row r : readModel
                    .crossSection(key, land, TerritoryLevel.COUNTY, period, IndicatorReadModel.Audience.PUBLIC)
                    .rows()) {
                IndicatorReadModel.ShownValue v = r.shown();
                if (seen.add(v.territory().id()) && !v.suppressed() && v.value() != null) {
                    byId.put(v.territory().id(), v.value());
                }
            }
        }
        return byId;
    }
}
