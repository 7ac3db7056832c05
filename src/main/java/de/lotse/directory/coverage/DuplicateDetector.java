package de.lotse.directory.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds possible duplicate structures: pairs of services of the same category whose score reaches the threshold, and
 * groups as connected pairs within one category. The score adds up the reasons:
 *
 * <ul>
 *   <li>overlapping target group (a common target-group term, or overlapping age ranges): {@value #AUDIENCE}
 *   <li>overlapping area (a place's municipality or a service area in common, or one containing the other):
 *       {@value #AREA}
 *   <li>overlapping times (the same weekday with overlapping recurring hours): {@value #TIMES}
 *   <li>similar description: {@value #TEXT} × the cosine similarity of name and description (shown as a reason from
 *       {@value #TEXT_SHOWN})
 * </ul>
 *
 * A pair with score ≥ {@value #THRESHOLD} is a possible duplicate: target group and area alone (0.5) are not enough,
 * they need overlapping times or clearly similar texts besides.
 */
final class DuplicateDetector {

    static final double AUDIENCE = 0.25;
    static final double AREA = 0.25;
    static final double TIMES = 0.15;
    static final double TEXT = 0.35;
    static final double TEXT_SHOWN = 0.3;
    static final double THRESHOLD = 0.6;

    private DuplicateDetector() {}

    /** Why a pair is suspicious: a kind ({@code SAME_CATEGORY, AUDIENCE, AREA, TIMES, TEXT}) and its detail. */
    record Reason(String kind, String detail) {}

    record Pair(UUID a, UUID b, String category, double score, List<Reason> reasons) {}

    /** A group: its services (sorted), the category, the pairs inside it and the highest score. */
    record Group(String key, String category, List<UUID> serviceIds, List<Pair> pairs, double score) {}

    static Pair compare(DuplicateCandidate a, DuplicateCandidate b, String category) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason("SAME_CATEGORY", category));
        double score = 0;
        Set<String> commonAudience = new TreeSet<>(a.audiences());
        commonAudience.retainAll(b.audiences());
        if (!commonAudience.isEmpty()) {
            score += AUDIENCE;
            reasons.add(new Reason("AUDIENCE", String.join(", ", commonAudience)));
        } else if (agesOverlap(a, b)) {
            score += AUDIENCE;
            reasons.add(new Reason("AUDIENCE", "age"));
        }
        Set<String> area = areaOverlap(a, b);
        if (!area.isEmpty()) {
            score += AREA;
            reasons.add(new Reason("AREA", String.join(", ", area)));
        }
        List<String> times = new ArrayList<>();
        for (DuplicateCandidate.Slot s : a.slots()) {
            for (DuplicateCandidate.Slot t : b.slots()) {
                if (s.overlaps(t)) {
                    times.add(s.day().name().substring(0, 2) + " " + max(s.opensAt(), t.opensAt()) + "–"
                            + min(s.closesAt(), t.closesAt()));
                }
            }
        }
        if (!times.isEmpty()) {
            score += TIMES;
            reasons.add(new Reason("TIMES", times.stream().distinct().collect(Collectors.joining(", "))));
        }
        double similarity = TextSimilarity.cosine(a.trigrams(), b.trigrams());
        score += TEXT * similarity;
        if (similarity >= TEXT_SHOWN) {
            reasons.add(new Reason("TEXT", String.format(Locale.ROOT, "%.2f", similarity)));
        }
        UUID first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
        UUID second = first.equals(a.id()) ? b.id() : a.id();
        return new Pair(first, second, category, Math.round(score * 1000) / 1000.0, List.copyOf(reasons));
    }

    private static java.time.LocalTime max(java.time.LocalTime x, java.time.LocalTime y) {
        return x.isAfter(y) ? x : y;
    }

    private static java.time.LocalTime min(java.time.LocalTime x, java.time.LocalTime y) {
        return x.isBefore(y) ? x : y;
    }

    private static boolean agesOverlap(DuplicateCandidate a, DuplicateCandidate b) {
        for (DuplicateCandidate.AgeRange r : a.ageRanges()) {
            for (DuplicateCandidate.AgeRange s : b.ageRanges()) {
                if (r.overlaps(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names of the units where the areas meet (the smaller unit of a nested pair). */
    private static Set<String> areaOverlap(DuplicateCandidate a, DuplicateCandidate b) {
        Set<String> names = new TreeSet<>();
        for (String k : a.areaKeys()) {
            if (b.areaPaths().contains(k)) {
                names.add(a.areaNames().getOrDefault(k, k));
            }
        }
        for (String k : b.areaKeys()) {
            if (a.areaPaths().contains(k)) {
                names.add(b.areaNames().getOrDefault(k, k));
            }
        }
        return names;
    }

    /** All groups: per category, the connected components of the pairs at or above the threshold. */
    static List<Group> groups(List<DuplicateCandidate> candidates) {
        Map<String, List<DuplicateCandidate>> byCategory = new HashMap<>();
        for (DuplicateCandidate c : candidates) {
            c.categories().forEach(cat -> byCategory
                    .computeIfAbsent(cat, k -> new ArrayList<>())
                    .add(c));
        }
        Map<String, Group> groups = new java.util.TreeMap<>();
        for (Map.Entry<String, List<DuplicateCandidate>> e : new java.util.TreeMap<>(byCategory).entrySet()) {
            List<DuplicateCandidate> list = e.getValue();
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    Pair p = compare(list.get(i), list.get(j), e.getKey());
                    if (p.score() >= THRESHOLD) {
                        pairs.add(p);
                    }
                }
            }
            for (Group g : components(e.getKey(), pairs)) {
                groups.putIfAbsent(g.key(), g);
            }
        }
        return new ArrayList<>(groups.values());
    }

    private static List<Group> components(String category, List<Pair> pairs) {
        Map<UUID, UUID> parent = new HashMap<>();
        for (Pair p : pairs) {
            union(parent, p.a(), p.b());
        }
        Map<UUID, List<Pair>> byRoot = new HashMap<>();
        for (Pair p : pairs) {
            byRoot.computeIfAbsent(find(parent, p.a()), k -> new ArrayList<>()).add(p);
        }
        List<Group> result = new ArrayList<>();
        for (List<Pair> members : byRoot.values()) {
            TreeSet<UUID> ids = new TreeSet<>();
            members.forEach(p -> {
                ids.add(p.a());
                ids.add(p.b());
            });
            double score = members.stream().mapToDouble(Pair::score).max().orElse(0);
            List<UUID> sorted = ids.stream()
                    .sorted(java.util.Comparator.comparing(UUID::toString))
                    .toList();
            result.add(new Group(key(ids), category, sorted, List.copyOf(members), score));
        }
        return result;
    }

    /** The identity of a group: its sorted service ids joined with ','. */
    static String key(java.util.Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().distinct().collect(Collectors.joining(","));
    }

    private static UUID find(Map<UUID, UUID> parent, UUID x) {
        UUID p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        UUID root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<UUID, UUID> parent, UUID a, UUID b) {
        UUID ra = find(parent, a);
        UUID rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }
}
