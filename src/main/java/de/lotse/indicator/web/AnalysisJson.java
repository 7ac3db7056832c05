package de.lotse.indicator.web;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.PeerComparison;
import de.lotse.indicator.SocialIndex;
import de.lotse.indicator.Standardisation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** JSON shapes of the analysis API (social index, peer comparison). */
final class AnalysisJson {

    private AnalysisJson() {}

    @Schema(description = "An input indicator of a social index")
    record IndexComponent(
            @Schema(example = "sgb2-quote-unter-15") String indicator,
            IndicatorJson.Text name,
            String unit,
            String polarity,

            @Schema(description = "+1: a higher value raises the index (more need); -1: it lowers it")
            int direction,

            @Schema(description = "The weight as given") BigDecimal weight,

            @Schema(description = "The weight divided by the sum of weights")
            BigDecimal share,

            @Schema(description = "The period used: the newest with visible values not after the period asked for")
            String period,

            IndicatorJson.Moments statistics) {

        static IndexComponent of(SocialIndex.Component c) {
            var d = c.indicator().definition();
            return new IndexComponent(
                    d.key().value(),
                    IndicatorJson.Text.of(d.name()),
                    d.unit(),
                    d.polarity().name(),
                    c.direction(),
                    Standardisation.rounded(c.weight()),
                    Standardisation.rounded(c.share()),
                    c.period() == null ? null : c.period().toString(),
                    IndicatorJson.Moments.of(c.moments()));
        }
    }

    @Schema(description = "One input of one territory")
    record IndexCell(
            String indicator,

            @Schema(description = "The value; null when missing or suppressed")
            BigDecimal value,

            boolean suppressed,

            @Schema(description = "The z-score signed by direction (positive = more need)")
            BigDecimal zScore,

            @Schema(description = "share × signed z-score; the contributions add up to the index")
            BigDecimal contribution) {}

    @Schema(description = "The index of one territory")
    record IndexEntry(
            IndicatorJson.TerritoryRef territory,

            @Schema(description = "The index; null if an input is missing or suppressed")
            BigDecimal index,

            @Schema(description = "1 = highest index (most need); null without index")
            Integer rank,

            List<IndexCell> inputs,

            @Schema(description = "The indicators whose value is missing or suppressed")
            List<String> missing) {

        static IndexEntry of(SocialIndex.Entry e, List<SocialIndex.Component> components) {
            List<IndexCell> cells = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                SocialIndex.Cell c = e.cells().get(i);
                cells.add(new IndexCell(
                        components.get(i).indicator().key().value(),
                        c.value(),
                        c.suppressed(),
                        Standardisation.rounded(c.zScore()),
                        Standardisation.rounded(c.contribution())));
            }
            return new IndexEntry(
                    IndicatorJson.TerritoryRef.of(e.territory()),
                    Standardisation.rounded(e.index()),
                    e.rank(),
                    cells,
                    e.missing().stream().map(IndicatorKey::value).toList());
        }
    }

    @Schema(description = "A social index of the units below a parent")
    record SocialIndexResponse(
            IndicatorJson.TerritoryRef parent,
            String level,
            String period,
            List<IndexComponent> components,

            @Schema(description = "How many territories have an index")
            int complete,

            List<IndexEntry> territories) {

        static SocialIndexResponse of(SocialIndex.Result r) {
            return new SocialIndexResponse(
                    IndicatorJson.TerritoryRef.of(r.parent()),
                    r.level() == null ? null : r.level().name(),
                    r.period().toString(),
                    r.components().stream().map(IndexComponent::of).toList(),
                    r.complete(),
                    r.entries().stream()
                            .map(e -> IndexEntry.of(e, r.components()))
                            .toList());
        }
    }

    @Schema(description = "An indicator of a peer comparison")
    record PeerFeature(
            String indicator,
            IndicatorJson.Text name,
            String unit,
            @Schema(description = "The period used") String period,
            IndicatorJson.Moments statistics) {}

    @Schema(description = "A Kreis with its values and z-scores, one per indicator")
    record PeerRow(
            IndicatorJson.TerritoryRef territory,

            @Schema(description = "Euclidean distance of the z-scores from the Kreis compared")
            BigDecimal distance,

            List<BigDecimal> values,
            List<BigDecimal> zScores) {

        static PeerRow of(PeerComparison.Peer p) {
            return new PeerRow(
                    IndicatorJson.TerritoryRef.of(p.territory()),
                    Standardisation.rounded(p.distance()),
                    p.values(),
                    p.zScores().stream().map(Standardisation::rounded).toList());
        }
    }

    @Schema(description = "The Kreise most similar to one Kreis")
    record PeersResponse(
            IndicatorJson.TerritoryRef territory,
            List<PeerFeature> indicators,

            @Schema(description = "The Kreis compared with its own values; null if it lacks data")
            PeerRow target,

            @Schema(description = "The most similar Kreise, nearest first")
            List<PeerRow> peers,

            @Schema(description = "Current Kreise with complete data")
            int complete,

            @Schema(description = "Current Kreise left out for missing or suppressed values")
            int excluded,

            @Schema(description = "Indicators the Kreis compared lacks a visible value for")
            List<String> missing) {

        static PeersResponse of(PeerComparison.Result r) {
            return new PeersResponse(
                    IndicatorJson.TerritoryRef.of(r.territory()),
                    r.features().stream()
                            .map(f -> new PeerFeature(
                                    f.indicator().key().value(),
                                    IndicatorJson.Text.of(
                                            f.indicator().definition().name()),
                                    f.indicator().definition().unit(),
                                    f.period() == null ? null : f.period().toString(),
                                    IndicatorJson.Moments.of(f.moments())))
                            .toList(),
                    r.target() == null ? null : PeerRow.of(r.target()),
                    r.peers().stream().map(PeerRow::of).toList(),
                    r.complete(),
                    r.excluded(),
                    r.targetMissing().stream().map(IndicatorKey::value).toList());
        }
    }
}
