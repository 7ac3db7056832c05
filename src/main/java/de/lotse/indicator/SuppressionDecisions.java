package de.lotse.indicator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The decisions of the suppression engine per indicator, period and Land table, kept in memory: which units of the
 * table are hidden. A decision is a small set of ids; the values themselves are not kept. A decision is valid for the
 * indicator's revision (a new confidentiality rule, formula or level set is a new revision), the territories'
 * revision (both are part of the key) and the values: every write of values ({@link #valuesChanged()}) makes all
 * decisions outdated, once when the write starts and once after its transaction ends, so a decision computed from the
 * data before the commit is never used after it.
 */
@Component
class SuppressionDecisions {

    /** More decisions than this start afresh (each is a few ids; 100 indicators × 20 periods × 16 Länder fit). */
    private static final int MAX_ENTRIES = 50_000;

    private final AtomicLong generation = new AtomicLong();
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /** One Land table: indicator (id and revision), period, the Land's id and the territories' revision. */
    record Key(long indicatorId, long indicatorRevision, String period, long rootId, String territoryRevision) {}

    private record Entry(long generation, Set<Long> suppressed) {}

    /** The suppressed ids of the table, computed if there is no valid decision. */
    Set<Long> suppressed(Key key, Supplier<Set<Long>> compute) {
        Set<Long> known = known(key);
        if (known != null) {
            return known;
        }
        long before = generation.get();
        Set<Long> suppressed = Set.copyOf(compute.get());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(before, suppressed));
        return suppressed;
    }

    /** The valid decision of the table, or {@code null}. */
    Set<Long> known(Key key) {
        Entry entry = entries.get(key);
        return entry != null && entry.generation() == generation.get() ? entry.suppressed() : null;
    }

    /**
     * A number that changes whenever values are written: when the write starts and again when its transaction ends.
     * Anything derived from values and remembered together with the generation read before deriving it is still valid
     * while the generation is the same.
     */
    long generation() {
        return generation.get();
    }

    /** Values are being written: every decision is outdated now and again when the writing transaction ends. */
    void valuesChanged() {
        generation.incrementAndGet();
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    entries.clear();
                }
            });
        }
    }
}
