package de.lotse.planning.web;

import de.lotse.planning.EvaluationRound;
import de.lotse.planning.EvaluationRoundDetail;
import de.lotse.planning.EvaluationRoundMeasure;
import de.lotse.planning.EvaluationRoundTally;
import de.lotse.planning.EvaluationRoundTarget;
import de.lotse.planning.EvaluationRoundTargetState;
import de.lotse.planning.MeasureSnapshot;
import de.lotse.planning.RoundComparison;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request and response records of the evaluation-round API. */
final class EvaluationRoundJson {

    private EvaluationRoundJson() {}

    @Schema(description = "A new evaluation round; creating it freezes the strategy's measures and targets at asOf")
    record CreateRequest(
            @Schema(description = "Id of the strategy", example = "1")
            Long strategy,

            @Schema(description = "Unique within the strategy", example = "Evaluation Q1 2016")
            String title,

            @Schema(description = "The date the round speaks about (ISO), not in the future", example = "2016-03-31")
            String asOf,

            @Schema(description = "Optional remark") String note) {}

    @Schema(description = "Comments to set; entries not listed keep theirs, a blank comment removes one")
    record CommentsRequest(List<MeasureComment> measures, List<TargetComment> targets) {}

    record MeasureComment(@Schema(example = "12") Long measureId, String comment) {}

    record TargetComment(@Schema(example = "3") Long targetId, String comment) {}

    record FieldError(String field, String message) {}

    @Schema(
            description =
                    "Counts of the frozen entries: measures per status, overdue, mean progress, targets per verdict")
    record TallyResponse(
            int measures,
            Map<String, Integer> byStatus,
            int overdue,
            int averageProgress,
            int targets,
            Map<String, Integer> byVerdict) {

        static TallyResponse of(EvaluationRoundTally t) {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            t.byStatus().forEach((s, n) -> byStatus.put(s.name(), n));
            return new TallyResponse(
                    t.measures(), byStatus, t.overdue(), t.averageProgress(), t.targets(), t.byVerdict());
        }
    }

    @Schema(description = "An evaluation round with its roll-up")
    record RoundResponse(
            long id,
            long strategy,
            String title,
            LocalDate asOf,
            Instant frozenAt,
            String frozenBy,
            String note,
            long version,
            TallyResponse tally) {

        static RoundResponse of(EvaluationRound r, EvaluationRoundTally tally) {
            return new RoundResponse(
                    r.id(),
                    r.strategyId(),
                    r.title(),
                    r.asOf(),
                    r.frozenAt(),
                    r.frozenBy(),
                    r.note(),
                    r.version(),
                    TallyResponse.of(tally));
        }
    }

    @Schema(description = "An evaluation round with every frozen entry and its comment")
    record RoundDetailResponse(
            long id,
            long strategy,
            String strategyKey,
            String title,
            LocalDate asOf,
            Instant frozenAt,
            String frozenBy,
            String note,
            long version,
            TallyResponse tally,
            List<MeasureEntryResponse> measures,
            List<TargetEntryResponse> targets) {

        static RoundDetailResponse of(EvaluationRoundDetail d) {
            EvaluationRound r = d.round();
            return new RoundDetailResponse(
                    r.id(),
                    r.strategyId(),
                    d.strategy().key(),
                    r.title(),
                    r.asOf(),
                    r.frozenAt(),
                    r.frozenBy(),
                    r.note(),
                    r.version(),
                    TallyResponse.of(d.tally()),
                    d.measures().stream().map(MeasureEntryResponse::of).toList(),
                    d.targets().stream().map(TargetEntryResponse::of).toList());
        }
    }

    @Schema(description = "A measure as frozen in the round (state is the versioned JSON record) and its comment")
    record MeasureEntryResponse(
            long measureId, MeasureSnapshot state, String comment, String commentedBy, Instant commentedAt) {

        static MeasureEntryResponse of(EvaluationRoundMeasure m) {
            // usernames are not public: the author of the frozen status report only for planners
            MeasureSnapshot state = m.state()
                    .withReportAuthor(VisibleUsernames.visible(m.state().reportAuthor()));
            return new MeasureEntryResponse(m.measureId(), state, m.comment(), m.commentedBy(), m.commentedAt());
        }
    }

    @Schema(description = "A target's evaluation as frozen in the round (versioned JSON record) and its comment")
    record TargetEntryResponse(
            long targetId, EvaluationRoundTargetState state, String comment, String commentedBy, Instant commentedAt) {

        static TargetEntryResponse of(EvaluationRoundTarget t) {
            return new TargetEntryResponse(t.targetId(), t.state(), t.comment(), t.commentedBy(), t.commentedAt());
        }
    }

    record RoundRef(long id, String title, LocalDate asOf) {

        static RoundRef of(EvaluationRound r) {
            return new RoundRef(r.id(), r.title(), r.asOf());
        }
    }

    record MeasureState(String status, int progress, boolean overdue) {

        static MeasureState of(MeasureSnapshot s) {
            return new MeasureState(s.status().name(), s.progress(), s.overdue());
        }
    }

    record MeasureChangeResponse(
            long measureId,
            String title,
            MeasureState before,
            MeasureState after,
            boolean statusChanged,
            boolean progressChanged,
            boolean overdueChanged,
            boolean changed) {

        static MeasureChangeResponse of(RoundComparison.MeasureChange c) {
            return new MeasureChangeResponse(
                    c.after().measureId(),
                    c.after().label(),
                    MeasureState.of(c.before()),
                    MeasureState.of(c.after()),
                    c.statusChanged(),
                    c.progressChanged(),
                    c.overdueChanged(),
                    c.changed());
        }
    }

    record MeasureOnly(long measureId, String title, MeasureState state) {

        static MeasureOnly of(MeasureSnapshot s) {
            return new MeasureOnly(s.measureId(), s.label(), MeasureState.of(s));
        }
    }

    record TargetChangeResponse(
            long targetId, String title, String verdictBefore, String verdictAfter, boolean changed) {

        static TargetChangeResponse of(RoundComparison.TargetChange c) {
            return new TargetChangeResponse(
                    c.after().targetId(),
                    c.after().title(),
                    c.before().verdict(),
                    c.after().verdict(),
                    c.changed());
        }
    }

    record TargetOnly(long targetId, String title, String verdict) {

        static TargetOnly of(EvaluationRoundTargetState s) {
            return new TargetOnly(s.targetId(), s.title(), s.verdict());
        }
    }

    @Schema(description = "Two rounds of one strategy side by side; the earlier round is always `before`")
    record ComparisonResponse(
            RoundRef before,
            RoundRef after,
            long changedMeasures,
            long changedTargets,
            List<MeasureChangeResponse> measures,
            List<MeasureOnly> measuresOnlyBefore,
            List<MeasureOnly> measuresOnlyAfter,
            List<TargetChangeResponse> targets,
            List<TargetOnly> targetsOnlyBefore,
            List<TargetOnly> targetsOnlyAfter) {

        static ComparisonResponse of(RoundComparison c) {
            return new ComparisonResponse(
                    RoundRef.of(c.before()),
                    RoundRef.of(c.after()),
                    c.changedMeasures(),
                    c.changedTargets(),
                    c.measures().stream().map(MeasureChangeResponse::of).toList(),
                    c.measuresOnlyBefore().stream().map(MeasureOnly::of).toList(),
                    c.measuresOnlyAfter().stream().map(MeasureOnly::of).toList(),
                    c.targets().stream().map(TargetChangeResponse::of).toList(),
                    c.targetsOnlyBefore().stream().map(TargetOnly::of).toList(),
                    c.targetsOnlyAfter().stream().map(TargetOnly::of).toList());
        }
    }
}
