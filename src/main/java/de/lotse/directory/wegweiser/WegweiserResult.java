package de.lotse.directory.wegweiser;

import java.util.List;
import java.util.Map;

/**
 * One page of results of a Wegweiser search, best first (relevance, then name). When nothing is found, suggestions
 * help: other spellings of the words, and filters whose removal would find something (with the number found then).
 *
 * @param total all services found (not only this page); with {@code totalAtLeast} a lower bound
 * @param totalAtLeast whether more services than {@link WegweiserSearch#COUNTED_EXACTLY} (or the page window) matched, so that counting
 *     stopped there (the best ones are still found: the ranking skips what cannot reach the first pages)
 * @param spelling the words with likely spelling corrections, or null
 * @param withoutFilter for each set filter whose removal finds services, how many
 */
public record WegweiserResult(
        WegweiserQuery query,
        long total,
        boolean totalAtLeast,
        List<WegweiserHit> hits,
        String spelling,
        Map<WegweiserQuery.Filter, Long> withoutFilter) {

    public WegweiserResult {
        hits = List.copyOf(hits);
        withoutFilter = Map.copyOf(withoutFilter);
    }

    /** A result counted exactly. */
    public WegweiserResult(
            WegweiserQuery query,
            long total,
            List<WegweiserHit> hits,
            String spelling,
            Map<WegweiserQuery.Filter, Long> withoutFilter) {
        this(query, total, false, hits, spelling, withoutFilter);
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
