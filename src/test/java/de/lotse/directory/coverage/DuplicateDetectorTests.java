package de.lotse.directory.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each reason of the duplicate score, the threshold and the grouping, on constructed candidates. */
class DuplicateDetectorTests {

    private static final String CAT = "schuldnerberatung";

    private static DuplicateCandidate candidate(
            String text,
            Set<String> categories,
            Set<String> audiences,
            List<DuplicateCandidate.AgeRange> ages,
            String areaKey,
            List<DuplicateCandidate.Slot> slots) {
        return new DuplicateCandidate(
                UUID.randomUUID(),
                text,
                categories,
                audiences,
                ages,
                areaKey == null ? Set.of() : Set.of(areaKey),
                areaKey == null ? Set.of() : Set.of("03", "03157", areaKey),
                areaKey == null ? Map.of() : Map.of(areaKey, "Gemeinde " + areaKey),
                slots,
                TextSimilarity.trigrams(text));
    }

    private static DuplicateCandidate.Slot slot(DayOfWeek d, String from, String to) {
        return new DuplicateCandidate.Slot(d, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static List<String> kinds(DuplicateDetector.Pair p) {
        return p.reasons().stream().map(DuplicateDetector.Reason::kind).toList();
    }

    @Test
    void eachReasonAddsItsWeight() {
        DuplicateCandidate a = candidate(
                "Alpha",
                Set.of(CAT),
                Set.of("familien"),
                List.of(),
                "031570001001",
                List.of(slot(DayOfWeek.TUESDAY, "09:00", "12:00")));
        DuplicateCandidate audienceOnly =
                candidate("Omega", Set.of(CAT), Set.of("familien"), List.of(), null, List.of());
        DuplicateCandidate areaOnly = candidate("Omega", Set.of(CAT), Set.of(), List.of(), "031570001001", List.of());
        DuplicateCandidate timesOnly = candidate(
                "Omega", Set.of(CAT), Set.of(), List.of(), null, List.of(slot(DayOfWeek.TUESDAY, "11:00", "13:00")));
        DuplicateCandidate otherDay = candidate(
                "Omega", Set.of(CAT), Set.of(), List.of(), null, List.of(slot(DayOfWeek.WEDNESDAY, "09:00", "12:00")));

        DuplicateDetector.Pair p = DuplicateDetector.compare(a, audienceOnly, CAT);
        assertThat(kinds(p)).containsExactly("SAME_CATEGORY", "AUDIENCE");
        assertThat(p.score()).isEqualTo(DuplicateDetector.AUDIENCE);

        p = DuplicateDetector.compare(a, areaOnly, CAT);
        assertThat(kinds(p)).containsExactly("SAME_CATEGORY", "AREA");
        assertThat(p.reasons().get(1).detail()).isEqualTo("Gemeinde 031570001001");

        p = DuplicateDetector.compare(a, timesOnly, CAT);
        assertThat(kinds(p)).containsExactly("SAME_CATEGORY", "TIMES");
        assertThat(p.reasons().get(1).detail()).isEqualTo("TU 11:00–12:00");

        assertThat(kinds(DuplicateDetector.compare(a, otherDay, CAT))).containsExactly("SAME_CATEGORY");
    }

    @Test
    void ageRangesOverlapAsATargetGroupAndACountyWideAreaContainsAMunicipality() {
        DuplicateCandidate young = candidate(
                "Alpha",
                Set.of(CAT),
                Set.of("kinder"),
                List.of(new DuplicateCandidate.AgeRange(6, 13)),
                "031570001001",
                List.of());
        DuplicateCandidate teens = new DuplicateCandidate(
                UUID.randomUUID(),
                "Omega",
                Set.of(CAT),
                Set.of("jugendliche"),
                List.of(new DuplicateCandidate.AgeRange(12, 17)),
                Set.of("03157"),
                Set.of("03", "03157"),
                Map.of("03157", "Landkreis Peine"),
                List.of(),
                TextSimilarity.trigrams("Omega"));
        DuplicateDetector.Pair p = DuplicateDetector.compare(young, teens, CAT);
        assertThat(kinds(p)).containsExactly("SAME_CATEGORY", "AUDIENCE", "AREA");
        assertThat(p.reasons().get(2).detail()).isEqualTo("Landkreis Peine");
    }

    @Test
    void similarDescriptionsAreFoundAcrossCompounds() {
        double similar = TextSimilarity.cosine(
                TextSimilarity.trigrams("Schuldnerberatung für Familien im Landkreis"),
                TextSimilarity.trigrams("Beratung für Schuldner und Familien im Landkreis"));
        double unrelated = TextSimilarity.cosine(
                TextSimilarity.trigrams("Schuldnerberatung für Familien im Landkreis"),
                TextSimilarity.trigrams("Pflegestützpunkt Sprechstunde"));
        assertThat(similar).isGreaterThan(0.6);
        assertThat(unrelated).isLessThan(0.2);
        assertThat(TextSimilarity.cosine(TextSimilarity.trigrams("Gleich"), TextSimilarity.trigrams("gleich")))
                .isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void onlyPairsAtTheThresholdFormGroupsWithinOneCategory() {
        List<DuplicateCandidate.Slot> tuesday = List.of(slot(DayOfWeek.TUESDAY, "09:00", "12:00"));
        // audience + area = 0.5 < 0.6: not a duplicate without overlapping times or similar texts
        DuplicateCandidate a =
                candidate("Alpha eins", Set.of(CAT), Set.of("familien"), List.of(), "031570001001", List.of());
        DuplicateCandidate b =
                candidate("Omega zwei", Set.of(CAT), Set.of("familien"), List.of(), "031570001001", List.of());
        assertThat(DuplicateDetector.compare(a, b, CAT).score()).isLessThan(DuplicateDetector.THRESHOLD);
        assertThat(DuplicateDetector.groups(List.of(a, b))).isEmpty();

        // with overlapping times: 0.65, and a chain a2–b2–c2 is one group
        DuplicateCandidate a2 =
                candidate("Alpha eins", Set.of(CAT), Set.of("familien"), List.of(), "031570001001", tuesday);
        DuplicateCandidate b2 =
                candidate("Omega zwei", Set.of(CAT), Set.of("familien"), List.of(), "031570001001", tuesday);
        DuplicateCandidate c2 = candidate(
                "Zeta drei",
                Set.of(CAT),
                Set.of("familien"),
                List.of(),
                "031570001001",
                List.of(slot(DayOfWeek.TUESDAY, "11:00", "12:30")));
        DuplicateCandidate otherCategory = candidate(
                "Alpha eins", Set.of("suchtberatung"), Set.of("familien"), List.of(), "031570001001", tuesday);
        List<DuplicateDetector.Group> groups = DuplicateDetector.groups(List.of(a2, b2, c2, otherCategory));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.category()).isEqualTo(CAT);
            assertThat(g.serviceIds()).containsExactlyInAnyOrder(a2.id(), b2.id(), c2.id());
            assertThat(g.key()).isEqualTo(DuplicateDetector.key(List.of(c2.id(), b2.id(), a2.id())));
            assertThat(g.pairs()).allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(0.6));
        });
    }
}
