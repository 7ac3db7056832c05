package de.lotse.planning;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of a target value to create or to change, as a planner enters it. {@link #problems()} names every field
 * that is invalid on its own; {@link Targets} adds the problems of references (indicator, territory, owner).
 *
 * @param measureId the measure it belongs to, or {@code null}
 * @param objectiveId the objective it belongs to, or {@code null}
 * @param title what the target says in words
 * @param indicatorKey the key of an indicator of the catalogue
 * @param territoryKey the key of the territory (e.g. {@code 03157} for the Landkreis Peine)
 * @param targetGroup the target group, or {@code null}
 * @param baselineValue the baseline value, or {@code null} while unknown
 * @param baselinePeriod the baseline period as text ({@code 2013}, {@code 2013-12-31}, …), or {@code null}
 * @param kind how {@code targetValue} is meant
 * @param targetValue the stated value, percentage or change
 * @param targetDate the date by which it should be reached
 * @param description further explanation, or {@code null}
 * @param sourceNote where the target comes from, or {@code null}
 */
public record TargetDraft(
        Long measureId,
        Long objectiveId,
        String title,
        String indicatorKey,
        String territoryKey,
        String targetGroup,
        BigDecimal baselineValue,
        String baselinePeriod,
        TargetKind kind,
        BigDecimal targetValue,
        LocalDate targetDate,
        String description,
        String sourceNote) {

    public TargetDraft {
        title = trimToNull(title);
        indicatorKey = trimToNull(indicatorKey);
        territoryKey = trimToNull(territoryKey);
        targetGroup = trimToNull(targetGroup);
        baselinePeriod = trimToNull(baselinePeriod);
        description = trimToNull(description);
        sourceNote = trimToNull(sourceNote);
    }

    /** The draft with the content of a stored target (its territory given by key). */
    public static TargetDraft of(Target target, String territoryKey) {
        return new TargetDraft(
                target.measureId(),
                target.objectiveId(),
                target.title(),
                target.indicatorKey().value(),
                territoryKey,
                target.targetGroup(),
                target.baselineValue(),
                target.baselinePeriod() == null ? null : target.baselinePeriod().toString(),
                target.kind(),
                target.targetValue(),
                target.targetDate(),
                target.description(),
                target.sourceNote());
    }

    /**
     * One invalid field.
     *
     * @param field the field's name, as in the API and the form
     * @param code the message key of the problem for the UI (e.g. {@code targets.error.required})
     * @param message the problem in English, for the API
     */
    public record Problem(String field, String code, String message) {}

    /** The problems of the fields on their own, in form order; empty when there are none. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if ((measureId == null) == (objectiveId == null)) {
            problems.add(new Problem(
                    "owner", "targets.error.owner", "a target belongs to exactly one measure or one objective"));
        }
        text(problems, "title", title, 300, true);
        if (indicatorKey == null) {
            problems.add(required("indicatorKey"));
        } else {
            try {
                IndicatorKey.of(indicatorKey);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("indicatorKey", "targets.error.indicatorKey", e.getMessage()));
            }
        }
        if (territoryKey == null) {
            problems.add(required("territoryKey"));
        }
        text(problems, "targetGroup", targetGroup, 200, false);
        if (baselinePeriod != null) {
            try {
                Period.parse(baselinePeriod);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("baselinePeriod", "targets.error.period", e.getMessage()));
            }
        } else if (baselineValue != null) {
            problems.add(new Problem(
                    "baselinePeriod",
                    "targets.error.baselinePeriodRequired",
                    "a baseline value needs the period it belongs to"));
        }
        if (kind == null) {
            problems.add(required("kind"));
        }
        storable(problems, "baselineValue", baselineValue);
        if (targetValue == null) {
            problems.add(required("targetValue"));
        } else if (!storable(targetValue)) {
            problems.add(tooLarge("targetValue"));
        } else if (kind == TargetKind.RELATIVE_PERCENT && targetValue.signum() == 0) {
            problems.add(new Problem(
                    "targetValue", "targets.error.zeroPercent", "a relative target of 0 % changes nothing"));
        }
        if (targetDate == null) {
            problems.add(required("targetDate"));
        }
        text(problems, "sourceNote", sourceNote, 500, false);
        return problems;
    }

    /** The names of the fields whose content differs from the stored target's (the owner cannot change). */
    List<String> changesFrom(Target current, String currentTerritoryKey) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", title, current.title());
        compare(changed, "indicatorKey", indicatorKey, current.indicatorKey().value());
        compare(changed, "territoryKey", territoryKey, currentTerritoryKey);
        compare(changed, "targetGroup", targetGroup, current.targetGroup());
        compareNumbers(changed, "baselineValue", baselineValue, current.baselineValue());
        compare(
                changed,
                "baselinePeriod",
                baselinePeriod == null ? null : Period.parse(baselinePeriod),
                current.baselinePeriod());
        compare(changed, "kind", kind, current.kind());
        compareNumbers(changed, "targetValue", targetValue, current.targetValue());
        compare(changed, "targetDate", targetDate, current.targetDate());
        compare(changed, "description", description, current.description());
        compare(changed, "sourceNote", sourceNote, current.sourceNote());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(field);
        }
    }

    private static void compareNumbers(List<String> changed, String field, BigDecimal mine, BigDecimal theirs) {
        boolean same = mine == null ? theirs == null : theirs != null && mine.compareTo(theirs) == 0;
        if (!same) {
            changed.add(field);
        }
    }

    private static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(required(field));
            }
        } else if (value.length() > max) {
            problems.add(new Problem(field, "targets.error.tooLong", "at most " + max + " characters"));
        }
    }

    private static Problem required(String field) {
        return new Problem(field, "targets.error.required", "required");
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The largest magnitude a target or performance value may have (far beyond any statistic of a county). */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e15");

    /** Whether a number fits what Lotse stores: below {@link #MAX_MAGNITUDE}, at most 6 decimal places. */
    static boolean storable(BigDecimal value) {
        return value.abs().compareTo(MAX_MAGNITUDE) < 0
                && value.stripTrailingZeros().scale() <= 6;
    }

    private static void storable(List<Problem> problems, String field, BigDecimal value) {
        if (value != null && !storable(value)) {
            problems.add(tooLarge(field));
        }
    }

    static Problem tooLarge(String field) {
        return new Problem(field, "targets.error.numberRange", "below 10^15 with at most 6 decimal places");
    }
}
