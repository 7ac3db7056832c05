package de.lotse.directory.coverage;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What duplicate detection compares of one published, active service.
 *
 * @param audiences target-group codes
 * @param ageRanges age ranges (years, inclusive; {@code null} ends open) of the service and of its target groups
 * @param areaKeys territory keys of its places' municipalities and its service areas
 * @param areaPaths every territory key on the paths of {@code areaKeys} (the units containing them, and themselves)
 * @param areaNames names of the units in {@code areaKeys}, by key
 * @param slots recurring consultation hours by weekday
 * @param trigrams trigram vector of name and description
 */
record DuplicateCandidate(
        UUID id,
        String name,
        Set<String> categories,
        Set<String> audiences,
        List<AgeRange> ageRanges,
        Set<String> areaKeys,
        Set<String> areaPaths,
        Map<String, String> areaNames,
        List<Slot> slots,
        Map<String, Integer> trigrams) {

    record AgeRange(Integer from, Integer to) {
        boolean overlaps(AgeRange o) {
            int aFrom = from == null ? 0 : from;
            int bFrom = o.from == null ? 0 : o.from;
            int aTo = to == null ? Integer.MAX_VALUE : to;
            int bTo = o.to == null ? Integer.MAX_VALUE : o.to;
            return aFrom <= bTo && bFrom <= aTo;
        }
    }

    record Slot(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        boolean overlaps(Slot o) {
            return day == o.day && opensAt.isBefore(o.closesAt) && o.opensAt.isBefore(closesAt);
        }
    }
}
