package de.lotse.planning;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.planning.PlanningPageQueries.MeasureRow;
import de.lotse.planning.PlanningPageViews.Lead;
import de.lotse.planning.PlanningPageViews.StrategyRef;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measure catalogue across all strategy documents, filtered and sorted as {@link MeasureListFilter} says; the
 * same rows feed the page and its CSV/XLSX export. Rows without a value in the sort column (no deadline, no lead)
 * come last in both directions.
 */
@Service
@Transactional(readOnly = true)
public class MeasureList {

    private final PlanningPageQueries queries;
    private final MeasureListQueries listQueries;
    private final PlanningPages pages;
    private final Organisations organisations;
    private final Territories territories;

    MeasureList(
            PlanningPageQueries queries,
            MeasureListQueries listQueries,
            PlanningPages pages,
            Organisations organisations,
            Territories territories) {
        this.queries = queries;
        this.listQueries = listQueries;
        this.pages = pages;
        this.organisations = organisations;
        this.territories = territories;
    }

    /** A choice of a filter: the parameter value and its label ({@code group}: e.g. the strategy of a field). */
    public record Choice(String value, String label, String group) {}

    /** The choices of the filter form. */
    public record Choices(
            List<Choice> strategies,
            List<Choice> fields,
            List<Choice> leads,
            List<Choice> partners,
            List<Choice> territories) {

        /** The fields of action grouped by the title of their strategy, in the order of {@link #fields()}. */
        public Map<String, List<Choice>> fieldGroups() {
            Map<String, List<Choice>> groups = new LinkedHashMap<>();
            fields.forEach(f ->
                    groups.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f));
            return groups;
        }
    }

    /** The measures that pass the filter, in its order. */
    public List<MeasureListRow> rows(MeasureListFilter filter) {
        LocalDate today = pages.today();
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add("TRUE");
        if (!conditions(filter, today, where, params)) {
            return List.of();
        }
        List<MeasureRow> measures = listQueries.measuresWhere(String.join(" AND ", where), params);
        return sorted(rows(measures, today), filter);
    }

    /** Adds the SQL conditions of the filter; false when a named organisation or territory does not exist. */
    private boolean conditions(MeasureListFilter f, LocalDate today, List<String> where, Map<String, Object> params) {
        if (f.strategy() != null) {
            where.add("s.key = :strategy");
            params.put("strategy", f.strategy());
        }
        if (f.status() != null) {
            where.add("m.status = :status");
            params.put("status", f.status().name());
        }
        if (f.field() != null) {
            where.add("(EXISTS (SELECT 1 FROM measure_field mf WHERE mf.measure_id = m.id AND mf.field_id = :field)"
                    + " OR EXISTS (SELECT 1 FROM measure_objective mo JOIN objective o ON o.id = mo.objective_id"
                    + " WHERE mo.measure_id = m.id AND o.field_id = :field))");
            params.put("field", f.field());
        }
        if (f.lead() != null) {
            Optional<Organisation> lead = organisations.find(f.lead());
            if (lead.isEmpty()) {
                return false;
            }
            where.add("m.lead_organisation_id = :lead");
            params.put("lead", lead.get().id());
        }
        if (f.partner() != null) {
            Optional<Organisation> partner = organisations.find(f.partner());
            if (partner.isEmpty()) {
                return false;
            }
            where.add("EXISTS (SELECT 1 FROM measure_partner mp WHERE mp.measure_id = m.id"
                    + " AND mp.organisation_id = :partner)");
            params.put("partner", partner.get().id());
        }
        if (f.territory() != null) {
            TerritoryKey key;
            try {
                // checked here: a malformed key thrown inside Territories would mark the transaction rollback-only
                key = new TerritoryKey(f.territory());
            } catch (IllegalArgumentException malformed) {
                return false;
            }
            Optional<Territory> place = territories.find(key, null);
            if (place.isEmpty()) {
                return false;
            }
            // the place itself or a territory that contains it: a measure for the county covers its municipalities
            List<Long> covering = new ArrayList<>();
            covering.add(place.get().id());
            territories.ancestors(place.get()).forEach(t -> covering.add(t.id()));
            where.add("((NOT m.county_wide AND EXISTS (SELECT 1 FROM measure_territory mt WHERE mt.measure_id = m.id"
                    + " AND mt.territory_id IN (:covering))) OR (m.county_wide AND s.territory_id IN (:covering)))");
            params.put("covering", covering);
        }
        if (f.overdue()) {
            where.add("m.deadline < :today AND m.status NOT IN ('DONE', 'ABANDONED')");
            params.put("today", today);
        }
        if (f.text() != null) {
            int i = 0;
            for (String word : f.text().split("\\s+")) {
                String name = "q" + i++;
                where.add("(m.title ILIKE :" + name + " OR m.code ILIKE :" + name + " OR m.description ILIKE :" + name
                        + ")");
                params.put(
                        name,
                        "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return true;
    }

    private List<MeasureListRow> rows(List<MeasureRow> measures, LocalDate today) {
        List<Long> ids = measures.stream().map(MeasureRow::id).toList();
        Map<Long, StrategyRef> strategies = new HashMap<>();
        queries.strategies().forEach(s -> strategies.put(s.id(), PlanningPages.ref(s)));
        Map<Long, Set<Long>> fieldIds = group(queries.measureFields(ids));
        group(listQueries.measureFieldsViaObjectives(ids))
                .forEach((m, fs) ->
                        fieldIds.computeIfAbsent(m, k -> new LinkedHashSet<>()).addAll(fs));
        Map<Long, String> fieldLabels = new LinkedHashMap<>();
        listQueries.fieldChoices().forEach(f -> fieldLabels.put(Long.valueOf(f[0]), label(f[1], f[2])));
        Map<Long, Set<Long>> partnerIds = group(queries.measurePartners(ids));
        Map<Long, Set<Long>> territoryIds = group(queries.measureTerritories(ids));
        Set<Long> orgIds = new LinkedHashSet<>();
        measures.stream()
                .map(MeasureRow::leadOrganisationId)
                .filter(id -> id != null)
                .forEach(orgIds::add);
        partnerIds.values().forEach(orgIds::addAll);
        Map<Long, Organisation> orgs = organisations.findAllById(orgIds);
        Map<Long, Territory> places = territories.findAllById(
                territoryIds.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        List<MeasureListRow> rows = new ArrayList<>();
        for (MeasureRow m : measures) {
            Organisation o = m.leadOrganisationId() == null ? null : orgs.get(m.leadOrganisationId());
            Lead lead = o != null
                    ? new Lead(o.key(), o.name())
                    : m.leadNote() == null || m.leadNote().isBlank() ? null : new Lead(null, m.leadNote());
            Set<Long> fs = fieldIds.getOrDefault(m.id(), Set.of());
            rows.add(new MeasureListRow(
                    m.id(),
                    m.code(),
                    m.title(),
                    strategies.get(m.strategyId()),
                    m.status(),
                    m.progress(),
                    m.startDate(),
                    m.deadline(),
                    RollUp.overdue(m.status(), m.deadline(), today),
                    lead,
                    fieldLabels.entrySet().stream()
                            .filter(e -> fs.contains(e.getKey()))
                            .map(Map.Entry::getValue)
                            .toList(),
                    names(
                            partnerIds.get(m.id()),
                            id -> orgs.containsKey(id) ? orgs.get(id).name() : null),
                    m.countyWide(),
                    m.countyWide()
                            ? List.of()
                            : names(
                                    territoryIds.get(m.id()),
                                    id -> places.containsKey(id)
                                            ? places.get(id).name()
                                            : null),
                    m.budgetPlanned(),
                    m.budgetApproved(),
                    m.budgetSpent(),
                    m.modelTrial(),
                    m.exampleData()));
        }
        return rows;
    }

    private static List<MeasureListRow> sorted(List<MeasureListRow> rows, MeasureListFilter filter) {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        Comparator<MeasureListRow> byTitle = Comparator.comparing(MeasureListRow::title, collator);
        Comparator<MeasureListRow> order =
                switch (filter.sort()) {
                    case TITLE -> byTitle;
                    case STATUS -> Comparator.comparing(MeasureListRow::status);
                    case PROGRESS -> Comparator.comparingInt(MeasureListRow::progress);
                    case LEAD ->
                        nullsLast(r -> r.lead() == null ? null : r.lead().name(), collator, filter);
                    case DEADLINE -> nullsLast(MeasureListRow::deadline, Comparator.naturalOrder(), filter);
                };
        if (filter.descending()
                && filter.sort() != MeasureListFilter.Sort.LEAD
                && filter.sort() != MeasureListFilter.Sort.DEADLINE) {
            order = order.reversed();
        }
        return rows.stream()
                .sorted(order.thenComparing(byTitle).thenComparing(MeasureListRow::id))
                .toList();
    }

    /** Orders by a key that may be missing: missing keys last, whatever the direction. */
    private static <K> Comparator<MeasureListRow> nullsLast(
            java.util.function.Function<MeasureListRow, K> key, Comparator<? super K> base, MeasureListFilter f) {
        Comparator<? super K> direction = f.descending() ? base.reversed() : base;
        return Comparator.comparing(key, Comparator.nullsLast(direction));
    }

    /** The choices of the filter form: everything that occurs in some measure. */
    public Choices choices() {
        List<Choice> strategies = queries.strategies().stream()
                .map(s -> new Choice(s.key(), s.title(), null))
                .toList();
        List<Choice> fields = listQueries.fieldChoices().stream()
                .map(f -> new Choice(f[0], label(f[1], f[2]), f[3]))
                .toList();
        List<Choice> leads = orgChoices(listQueries.leadOrganisationIds());
        List<Choice> partners = orgChoices(listQueries.partnerOrganisationIds());
        Map<Long, Territory> places = new LinkedHashMap<>();
        territories.homeCounty().ifPresent(county -> territories.children(county, TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .forEach(t -> places.put(t.id(), t)));
        places.putAll(territories.findAllById(listQueries.measureTerritoryIds()));
        Collator collator = Collator.getInstance(Locale.GERMAN);
        List<Choice> territoryChoices = places.values().stream()
                .sorted(Comparator.comparing(Territory::name, collator))
                .map(t -> new Choice(t.key(), t.name(), null))
                .toList();
        return new Choices(strategies, fields, leads, partners, territoryChoices);
    }

    private List<Choice> orgChoices(Collection<Long> ids) {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        return organisations.findAllById(ids).values().stream()
                .sorted(Comparator.comparing(Organisation::name, collator))
                .map(o -> new Choice(o.key(), o.name(), null))
                .toList();
    }

    private static String label(String code, String title) {
        return code == null || code.isBlank() ? title : code + " " + title;
    }

    private static List<String> names(Set<Long> ids, java.util.function.Function<Long, String> name) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(name).filter(n -> n != null).sorted().toList();
    }

    private static Map<Long, Set<Long>> group(List<PlanningPageQueries.Pair> pairs) {
        Map<Long, Set<Long>> result = new HashMap<>();
        pairs.forEach(p ->
                result.computeIfAbsent(p.left(), k -> new LinkedHashSet<>()).add(p.right()));
        return result;
    }
}
