package de.lotse.planning;

import de.lotse.organisation.Body;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.planning.PlanningPageQueries.MeasureRow;
import de.lotse.planning.PlanningPageQueries.StrategyRow;
import de.lotse.planning.PlanningPageViews.Aspect;
import de.lotse.planning.PlanningPageViews.Field;
import de.lotse.planning.PlanningPageViews.Lead;
import de.lotse.planning.PlanningPageViews.MeasureNode;
import de.lotse.planning.PlanningPageViews.Objective;
import de.lotse.planning.PlanningPageViews.Section;
import de.lotse.planning.PlanningPageViews.Strategy;
import de.lotse.planning.PlanningPageViews.StrategyRef;
import de.lotse.planning.PlanningPageViews.Tree;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read side of planning: the list of strategy documents with a roll-up each, a strategy as a tree of
 * fields of action → objectives → measures with progress per node, and its deadline timeline. The measure page reads
 * through {@link PlanningPageMeasures}, the measure list through {@link MeasureList}.
 */
@Service
@Transactional(readOnly = true)
public class PlanningPages {

    /** The day "overdue" is measured against is the current day in the county's time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final PlanningPageQueries queries;
    private final Organisations organisations;
    private final Territories territories;
    private final Clock clock;

    PlanningPages(PlanningPageQueries queries, Organisations organisations, Territories territories) {
        this.queries = queries;
        this.organisations = organisations;
        this.territories = territories;
        this.clock = Clock.system(ZONE);
    }

    /** Today in the county's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** All strategy documents: adopted first, then drafts, then superseded ones; each with its roll-up. */
    public List<Strategy> strategies() {
        List<StrategyRow> rows = queries.strategies();
        Map<Long, List<MeasureRow>> measures = queries
                .measuresOf(rows.stream().map(StrategyRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(MeasureRow::strategyId));
        LocalDate today = today();
        return rows.stream()
                .map(r -> strategy(r, rollUp(measures.getOrDefault(r.id(), List.of()), today)))
                .toList();
    }

    /** A strategy document as a tree, or empty when there is none with this key. */
    public Optional<Tree> tree(String key) {
        return queries.strategy(key).map(this::tree);
    }

    private Tree tree(StrategyRow row) {
        LocalDate today = today();
        List<MeasureRow> measureRows = queries.measuresOf(List.of(row.id()));
        List<Long> measureIds = measureRows.stream().map(MeasureRow::id).toList();
        Map<Long, MeasureNode> nodes = nodes(measureRows, today);
        Map<Long, RollUp.Item> items = new LinkedHashMap<>();
        measureRows.forEach(m -> items.put(m.id(), item(m, today)));

        Map<Long, Set<Long>> byField = invert(queries.measureFields(measureIds));
        Map<Long, Set<Long>> byObjective = invert(queries.measureObjectives(measureIds));
        List<PlanningPageQueries.FieldRow> fieldRows = queries.fields(row.id());
        List<PlanningPageQueries.ObjectiveRow> objectiveRows = queries.objectives(row.id());
        Map<Long, List<Aspect>> fieldAspects = queries.aspects(
                "field_of_action_aspect",
                "field_id",
                fieldRows.stream().map(PlanningPageQueries.FieldRow::id).toList());
        Map<Long, List<Aspect>> objectiveAspects = queries.aspects(
                "objective_aspect",
                "objective_id",
                objectiveRows.stream().map(PlanningPageQueries.ObjectiveRow::id).toList());

        Set<Long> placed = new HashSet<>();
        List<Field> fields = new ArrayList<>();
        for (PlanningPageQueries.FieldRow f : fieldRows) {
            List<Objective> objectives = new ArrayList<>();
            Set<Long> inObjectives = new LinkedHashSet<>();
            for (PlanningPageQueries.ObjectiveRow o : objectiveRows) {
                if (o.fieldId() != f.id()) {
                    continue;
                }
                Set<Long> ids = byObjective.getOrDefault(o.id(), Set.of());
                inObjectives.addAll(ids);
                objectives.add(new Objective(
                        o.id(),
                        o.code(),
                        o.title(),
                        o.description(),
                        objectiveAspects.getOrDefault(o.id(), List.of()),
                        select(nodes, ids),
                        rollUp(items, ids)));
            }
            Set<Long> other = new LinkedHashSet<>(byField.getOrDefault(f.id(), Set.of()));
            other.removeAll(inObjectives);
            Set<Long> all = new LinkedHashSet<>(inObjectives);
            all.addAll(other);
            placed.addAll(all);
            fields.add(new Field(
                    f.id(),
                    f.code(),
                    f.title(),
                    f.situation(),
                    f.description(),
                    fieldAspects.getOrDefault(f.id(), List.of()),
                    objectives,
                    select(nodes, other),
                    rollUp(items, all)));
        }
        List<MeasureNode> unassigned =
                nodes.values().stream().filter(n -> !placed.contains(n.id())).toList();
        Strategy strategy = strategy(row, RollUp.of(items.values()));
        return new Tree(
                strategy,
                queries.sections(row.id()).stream()
                        .map(s -> new Section(s[0], s[1], s[2]))
                        .toList(),
                fields,
                unassigned,
                aspectsUsed(fields, nodes.values()),
                row.predecessorId() == null
                        ? null
                        : queries.strategy(row.predecessorId())
                                .map(PlanningPages::ref)
                                .orElse(null),
                queries.successors(row.id()).stream().map(PlanningPages::ref).toList());
    }

    /** The deadline timeline of a strategy, or empty when there is none with this key. */
    public Optional<DeadlineTimeline> deadlines(String key) {
        return queries.strategy(key).map(row -> {
            LocalDate today = today();
            List<MeasureRow> measureRows = queries.measuresOf(List.of(row.id()));
            Map<Long, MeasureNode> nodes = nodes(measureRows, today);
            List<DeadlineTimeline.Entry> entries = new ArrayList<>();
            for (MeasureNode n : nodes.values()) {
                entries.add(DeadlineTimeline.Entry.deadline(n));
            }
            for (PlanningPageQueries.ActivityRow a : queries.activities(nodes.keySet())) {
                entries.add(DeadlineTimeline.Entry.activity(nodes.get(a.measureId()), a.kind(), a.onDate(), a.title()));
            }
            return DeadlineTimeline.of(ref(row), entries, today);
        });
    }

    // --- shared by the pages ------------------------------------------------------------------------------------

    Strategy strategy(StrategyRow r, RollUp rollUp) {
        return new Strategy(
                r.id(),
                r.key(),
                r.type(),
                r.title(),
                r.subtitle(),
                r.edition(),
                r.status(),
                r.territoryId() == null
                        ? null
                        : territories
                                .findById(r.territoryId())
                                .map(PlanningPages::label)
                                .orElse(null),
                body(r.adoptedByBodyId()),
                r.adoptedOn(),
                r.decisionPaper(),
                r.periodStart(),
                r.periodEnd(),
                r.summary(),
                body(r.steeringBodyId()),
                r.leadOrganisationId() == null ? null : lead(r.leadOrganisationId(), null),
                r.sourceNote(),
                r.exampleData(),
                rollUp);
    }

    private String body(Long id) {
        return id == null
                ? null
                : organisations.findBodyById(id).map(Body::name).orElse(null);
    }

    private Lead lead(Long organisationId, String note) {
        if (organisationId != null) {
            Optional<Organisation> o = organisations.findById(organisationId);
            if (o.isPresent()) {
                return new Lead(o.get().key(), o.get().name());
            }
        }
        return note == null || note.isBlank() ? null : new Lead(null, note);
    }

    /** Measure nodes by id in document order, with leads and aspects resolved. */
    Map<Long, MeasureNode> nodes(List<MeasureRow> rows, LocalDate today) {
        List<Long> ids = rows.stream().map(MeasureRow::id).toList();
        Map<Long, List<Aspect>> aspects = queries.aspects("measure_aspect", "measure_id", ids);
        Map<Long, Organisation> orgs = organisations.findAllById(rows.stream()
                .map(MeasureRow::leadOrganisationId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
        Map<Long, MeasureNode> nodes = new LinkedHashMap<>();
        for (MeasureRow m : rows) {
            Organisation o = m.leadOrganisationId() == null ? null : orgs.get(m.leadOrganisationId());
            Lead lead = o != null
                    ? new Lead(o.key(), o.name())
                    : m.leadNote() == null || m.leadNote().isBlank() ? null : new Lead(null, m.leadNote());
            nodes.put(
                    m.id(),
                    new MeasureNode(
                            m.id(),
                            m.code(),
                            m.title(),
                            m.status(),
                            m.progress(),
                            m.deadline(),
                            RollUp.overdue(m.status(), m.deadline(), today),
                            lead,
                            aspects.getOrDefault(m.id(), List.of()),
                            m.exampleData()));
        }
        return nodes;
    }

    static RollUp.Item item(MeasureRow m, LocalDate today) {
        return RollUp.Item.of(m.id(), m.status(), m.progress(), m.deadline(), today);
    }

    private static RollUp rollUp(List<MeasureRow> rows, LocalDate today) {
        return RollUp.of(rows.stream().map(m -> item(m, today)).toList());
    }

    private static RollUp rollUp(Map<Long, RollUp.Item> items, Collection<Long> ids) {
        return RollUp.of(ids.stream().map(items::get).filter(i -> i != null).toList());
    }

    private static List<MeasureNode> select(Map<Long, MeasureNode> nodes, Collection<Long> ids) {
        return nodes.values().stream().filter(n -> ids.contains(n.id())).toList();
    }

    /** Pairs (measure, owner) to owner → measures. */
    private static Map<Long, Set<Long>> invert(List<PlanningPageQueries.Pair> pairs) {
        Map<Long, Set<Long>> result = new LinkedHashMap<>();
        pairs.forEach(p ->
                result.computeIfAbsent(p.right(), k -> new LinkedHashSet<>()).add(p.left()));
        return result;
    }

    /** The cross-cutting aspects used in a document, each with the nodes it is attached to, in document order. */
    private static List<PlanningPageViews.AspectUse> aspectsUsed(List<Field> fields, Collection<MeasureNode> measures) {
        Map<String, Aspect> used = new LinkedHashMap<>();
        for (Field f : fields) {
            f.aspects().forEach(a -> used.putIfAbsent(a.key(), a));
            f.objectives().forEach(o -> o.aspects().forEach(a -> used.putIfAbsent(a.key(), a)));
        }
        measures.forEach(m -> m.aspects().forEach(a -> used.putIfAbsent(a.key(), a)));
        return used.values().stream()
                .map(a -> new PlanningPageViews.AspectUse(
                        a,
                        fields.stream().filter(f -> f.aspects().contains(a)).toList(),
                        fields.stream()
                                .flatMap(f -> f.objectives().stream())
                                .filter(o -> o.aspects().contains(a))
                                .toList(),
                        measures.stream().filter(m -> m.aspects().contains(a)).toList()))
                .toList();
    }

    /** The name of the territory a document is about, with its type for a county ("Landkreis Peine"). */
    static String label(Territory t) {
        String type = t.typeName();
        return t.level() == TerritoryLevel.COUNTY && type != null && !t.name().startsWith(type)
                ? type + " " + t.name()
                : t.name();
    }

    static StrategyRef ref(StrategyRow r) {
        return new StrategyRef(r.key(), r.title());
    }
}
