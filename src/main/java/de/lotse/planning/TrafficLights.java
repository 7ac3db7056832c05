package de.lotse.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The traffic-light dashboard of a strategy's target values: every target evaluated at a date, grouped by field of
 * action, with the counts per verdict rolled up to the strategy.
 */
@Service
@Transactional(readOnly = true)
public class TrafficLights {

    private final TrafficLightRepository repository;
    private final TargetEvaluations evaluations;

    TrafficLights(TrafficLightRepository repository, TargetEvaluations evaluations) {
        this.repository = repository;
        this.evaluations = evaluations;
    }

    /** The dashboard of the strategy with the key, evaluated at the date; empty if there is no such strategy. */
    public Optional<TrafficLightBoard> board(String strategyKey, LocalDate asOf) {
        return repository.strategy(strategyKey).map(strategy -> {
            List<TargetEvaluation> all = evaluations.forStrategy(strategy.id(), asOf);
            List<TrafficLightRepository.Placement> placements = repository.placements(strategy.id());
            List<TrafficLightBoard.Field> fields = new ArrayList<>();
            for (TrafficLightRepository.FieldHead f : repository.fields(strategy.id())) {
                List<TrafficLightBoard.Row> rows = rows(placements, all, f.id());
                fields.add(new TrafficLightBoard.Field(
                        f.id(),
                        f.code(),
                        f.title(),
                        rows,
                        TrafficLightCounts.of(rows.stream()
                                .map(TrafficLightBoard.Row::evaluation)
                                .toList())));
            }
            return new TrafficLightBoard(
                    strategy.id(),
                    strategy.key(),
                    strategy.title(),
                    asOf,
                    fields,
                    rows(placements, all, null),
                    TrafficLightCounts.of(all));
        });
    }

    /** The rows of one field (or of no field), in the order of the strategy's evaluations. */
    private static List<TrafficLightBoard.Row> rows(
            List<TrafficLightRepository.Placement> placements, List<TargetEvaluation> all, Long fieldId) {
        Map<Long, String> labels = placements.stream()
                .filter(p -> Objects.equals(p.fieldId(), fieldId))
                .collect(Collectors.toMap(
                        TrafficLightRepository.Placement::targetId,
                        TrafficLightRepository.Placement::label,
                        (a, b) -> a));
        return all.stream()
                .filter(e -> labels.containsKey(e.targetId()))
                .map(e -> new TrafficLightBoard.Row(e, e.measureId(), e.objectiveId(), labels.get(e.targetId())))
                .toList();
    }
}
