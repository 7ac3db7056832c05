package de.lotse.directory.wegweiser;

import de.lotse.directory.DirectoryChanged;
import de.lotse.directory.wegweiser.WegweiserQuery.Filter;
import de.lotse.directory.wegweiser.WegweiserResult.WegweiserHit;
import de.lotse.territory.Territories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The search engine of the public Beratungswegweiser: an in-memory Lucene index of the published services (status
 * active or temporarily closed) with German analysis (stemming, compound splitting, synonyms) and typo tolerance,
 * built at start-up and kept current by {@link DirectoryChanged} events. Safe to call from many threads; a search
 * never waits for an update.
 *
 * <p>Ranking: exact word matches (name before topics before other texts) before typo-tolerant matches, then by name.
 * Typo-tolerant matches are only looked for when the exact matches do not fill the first page.
 */
@Service
public class WegweiserSearch implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WegweiserSearch.class);
    private static final Sort RELEVANCE_THEN_NAME =
            new Sort(SortField.FIELD_SCORE, new SortField(WegweiserIndex.NAME_SORT, SortField.Type.STRING));
    private static final int MAX_WINDOW = 10_000;

    /**
     * Matches are counted exactly up to this number (or one past the requested window, if larger); beyond it the count is a lower
     * bound and the ranking may skip matches that cannot reach the requested window any more (block-max WAND), which
     * keeps a broad word like "Beratung" fast at national scale. The page says "at least 1,000 services found".
     * Property {@code lotse.wegweiser.counted-exactly} (tests set it low).
     */
    public static final int COUNTED_EXACTLY = 1_000;

    private final int countedExactly;
    private static final int MAX_CACHED_TERRITORIES = 50_000;

    private final WegweiserEntries source;
    private final Territories territories;
    private final WegweiserIndex index;
    private final Map<String, Optional<List<String>>> territoryPaths = new ConcurrentHashMap<>();
    private volatile Facets facets;
    private final Map<String, WegweiserQueries.TypoTerms> typoCache = new ConcurrentHashMap<>();

    WegweiserSearch(
            WegweiserEntries source,
            Territories territories,
            @org.springframework.beans.factory.annotation.Value(
                            "${lotse.wegweiser.counted-exactly:" + COUNTED_EXACTLY + "}")
                    int countedExactly) {
        if (countedExactly < 1) {
            throw new IllegalArgumentException(
                    "lotse.wegweiser.counted-exactly must be 1 or more, was " + countedExactly);
        }
        this.countedExactly = countedExactly;
        this.source = source;
        this.territories = territories;
        this.index = new WegweiserIndex(GermanSearchAnalysis.withExtraWords(List.of()));
    }

    @Override
    public void afterSingletonsInstantiated() {
        reloadAll();
    }

    /** Rebuilds the whole index from the database (with the current taxonomy words for compound splitting). */
    public void reloadAll() {
        long start = System.nanoTime();
        List<WegweiserEntry> all = source.all();
        index.replaceAll(GermanSearchAnalysis.withExtraWords(source.taxonomyWords()), all);
        facets = null;
        territoryPaths.clear();
        log.info("Wegweiser index: {} services in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Reindexes the named services (those no longer shown are removed). */
    public void reload(java.util.Collection<UUID> serviceIds) {
        index.update(serviceIds, source.byIds(serviceIds));
        facets = null;
    }

    /**
     * Keeps the index current: the named services, or everything for an empty set. The event is published after the
     * commit (core publishes it from an after-commit callback, where a transactional listener would not be called any
     * more), so a plain listener reads the committed rows. A failure is logged, not passed to the writer whose change
     * is already saved; the next event or a restart brings the index up to date.
     */
    @EventListener
    void on(DirectoryChanged event) {
        try {
            if (event.isEverything()) {
                reloadAll();
            } else {
                reload(event.serviceIds());
            }
        } catch (RuntimeException e) {
            log.error("Wegweiser index not updated for {}", event, e);
        }
    }

    /** The service as the Wegweiser lists it, if it is published and shown. */
    public Optional<WegweiserEntry> find(UUID id) {
        return Optional.ofNullable(index.entry(id));
    }

    /** Number of services in the index. */
    public int size() {
        return index.size();
    }

    /** One page of results; when nothing is found, with suggestions. */
    public WegweiserResult search(WegweiserQuery query) {
        IndexSearcher searcher = index.acquire();
        try {
            WegweiserQueries queries =
                    new WegweiserQueries(index.analysis(), this::territoryKeys, searcher.getIndexReader(), typoCache);
            int window = (int) Math.min((long) query.page() * query.pageSize(), MAX_WINDOW);
            // one more than the window: a page that is full tells whether there is a next one
            int counted = Math.max(window + 1, countedExactly);
            TopFieldDocs top = top(searcher, queries.build(query, false), window, counted);
            if (top.totalHits.value() < query.pageSize() && queries.allowsTypos(query.text())) {
                top = top(searcher, queries.build(query, true), window, counted); // fewer than a page: add typo matches
            }
            List<WegweiserHit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            long first = (long) (query.page() - 1) * query.pageSize();
            for (int i = (int) Math.min(first, docs.length); i < docs.length; i++) {
                WegweiserEntry entry = index.entry(idOf(searcher, docs[i].doc));
                if (entry != null) {
                    Object score = ((FieldDoc) docs[i]).fields[0];
                    hits.add(new WegweiserHit(entry, score instanceof Float f && query.text() != null ? f : 0f));
                }
            }
            long total = top.totalHits.value();
            if (total > 0) {
                boolean atLeast = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
                return new WegweiserResult(query, total, atLeast, hits, null, Map.of());
            }
            return new WegweiserResult(
                    query, 0, hits, queries.spelling(searcher, query.text()), withoutFilter(searcher, queries, query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    /** The service id of a hit, from its doc value (cheaper than loading the stored document). */
    private static UUID idOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = leaf.reader().getBinaryDocValues(WegweiserIndex.ID);
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("indexed service without id: document " + doc);
        }
        return UUID.fromString(ids.binaryValue().utf8ToString());
    }

    private static TopFieldDocs top(IndexSearcher searcher, Query query, int window, int counted) throws IOException {
        return searcher.search(query, new TopFieldCollectorManager(RELEVANCE_THEN_NAME, window, null, counted));
    }

    /** The codes of the languages counselling is offered in, over all shown services. */
    public List<String> languages() {
        return facets().languages();
    }

    /** The counselling categories of the shown services (each once). */
    public List<WegweiserEntry.Term> categories() {
        return facets().categories();
    }

    /** The target groups of the shown services (each once). */
    public List<WegweiserEntry.Term> audiences() {
        return facets().audiences();
    }

    private record Facets(
            List<String> languages, List<WegweiserEntry.Term> categories, List<WegweiserEntry.Term> audiences) {}

    private Facets facets() {
        Facets current = facets;
        if (current == null) {
            java.util.Collection<WegweiserEntry> all = index.entries();
            current = new Facets(
                    all.stream()
                            .flatMap(e -> e.languages().stream())
                            .distinct()
                            .sorted()
                            .toList(),
                    distinctTerms(all.stream().flatMap(e -> e.categories().stream())),
                    distinctTerms(all.stream().flatMap(e -> e.audiences().stream())));
            facets = current;
        }
        return current;
    }

    private static List<WegweiserEntry.Term> distinctTerms(java.util.stream.Stream<WegweiserEntry.Term> terms) {
        return List.copyOf(terms.collect(java.util.stream.Collectors.toMap(
                        WegweiserEntry.Term::code, t -> t, (a, b) -> a, java.util.LinkedHashMap::new))
                .values());
    }

    private Map<Filter, Long> withoutFilter(IndexSearcher searcher, WegweiserQueries queries, WegweiserQuery query)
            throws IOException {
        Map<Filter, Long> counts = new EnumMap<>(Filter.class);
        for (Filter filter : query.activeFilters()) {
            int count = searcher.count(queries.build(query.without(filter)));
            if (count > 0) {
                counts.put(filter, (long) count);
            }
        }
        return counts;
    }

    /** Whether a territory key or AGS names a known territory (looked up once, then cached). */
    public boolean knowsTerritory(String key) {
        return territoryKeys(key).isPresent();
    }

    /** A territory's own key, then the keys of its path (units above, itself, its AGS); empty if unknown. */
    private Optional<List<String>> territoryKeys(String key) {
        Optional<List<String>> cached = territoryPaths.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<List<String>> found;
        try {
            found = territories.find(key).map(t -> {
                List<String> keys = new ArrayList<>();
                keys.add(t.key());
                keys.addAll(WegweiserEntries.path(t));
                return List.copyOf(keys);
            });
        } catch (IllegalArgumentException e) {
            found = Optional.empty(); // not a territory key at all
        }
        if (territoryPaths.size() < MAX_CACHED_TERRITORIES && found.isPresent()) {
            territoryPaths.put(key, found);
        }
        return found;
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }
}
