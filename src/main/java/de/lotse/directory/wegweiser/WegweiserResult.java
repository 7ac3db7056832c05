package de.lotse.directory.wegweiser;

import java.util.List;
import java.util.Map;

/**
 * One page of results of a Wegweiser search, best first (relevance, then name). When nothing is found, suggestions
 * help: other spellings of the words, and filters whose removal would find something (with the number found then).
 *
 * @param total all services found (not only this page)
 * @param spelling the words with likely spelling corrections, or null
 * @param withoutFilter for each set filter whose removal finds services, how many
 */
public record WegweiserResult(
        WegweiserQuery query,
        long total,
        List<WegweiserHit> hits,
        String spelling,
        Map<WegweiserQuery.Filter, Long> withoutFilter) {

    public WegweiserResult {
        hits = List.copyOf(hits);
        withoutFilter = Map.copyOf(withoutFilter);
    }

    public int pages() {
        return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** One service found, with its relevance score (0 when there were no words to rank by). */
    public record WegweiserHit(WegweiserEntry entry, float score) {}
}
