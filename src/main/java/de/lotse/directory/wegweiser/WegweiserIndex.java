package de.lotse.directory.wegweiser;

import de.lotse.directory.wegweiser.WegweiserEntry.Area;
import de.lotse.directory.wegweiser.WegweiserEntry.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The in-memory Lucene index of the Wegweiser: one document per published service, kept next to the entries it
 * shows. Writes are serialised; searches use the latest refreshed snapshot ({@link SearcherManager}), so readers
 * never block writers. The analysis (dictionary of compound parts) can be replaced on a full rebuild.
 */
final class WegweiserIndex implements AutoCloseable {

    static final String ID = "id";
    static final String NAME = "name";
    static final String TOPIC = "topic";
    static final String TEXT = "text";
    static final String NAME_SORT = "name_sort";
    static final String TOPIC_CODE = "topic_code";
    static final String AUDIENCE = "audience";
    static final String LANGUAGE = "language";
    static final String SITE_AREA = "site_area";
    static final String SERVED_PATH = "served_path";
    static final String SERVED_EXACT = "served_exact";
    static final String FLAG = "flag";
    static final String MIN_AGE = "min_age";
    static final String MAX_AGE = "max_age";

    static final String FLAG_BARRIER_FREE = "barrier_free";
    static final String FLAG_FREE = "free_of_charge";
    static final String FLAG_OUTREACH = "outreach";
    static final String FLAG_ONLINE = "online";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<UUID, WegweiserEntry> entries = new ConcurrentHashMap<>();
    private volatile GermanSearchAnalysis analysis;

    WegweiserIndex(GermanSearchAnalysis analysis) {
        this.analysis = analysis;
        Analyzer current = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return WegweiserIndex.this.analysis.indexAnalyzer();
            }
        };
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(current));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GermanSearchAnalysis analysis() {
        return analysis;
    }

    /** Replaces everything with the given entries, analysed with the given analysis. */
    synchronized void replaceAll(GermanSearchAnalysis newAnalysis, List<WegweiserEntry> all) {
        analysis = newAnalysis;
        try {
            writer.deleteAll();
            for (WegweiserEntry entry : all) {
                writer.addDocument(document(entry));
            }
            writer.forceMerge(1); // one segment: each search looks its words up once instead of once per segment
            Map<UUID, WegweiserEntry> fresh = new ConcurrentHashMap<>();
            all.forEach(e -> fresh.put(e.id(), e));
            entries.putAll(fresh);
            searchers.maybeRefreshBlocking();
            entries.keySet().retainAll(fresh.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reindexes the named services: the given entries replace them; named services without an entry are removed. */
    synchronized void update(Collection<UUID> named, List<WegweiserEntry> current) {
        try {
            Set<UUID> gone = new LinkedHashSet<>(named);
            for (WegweiserEntry entry : current) {
                entries.put(entry.id(), entry);
                writer.updateDocument(new Term(ID, entry.id().toString()), document(entry));
                gone.remove(entry.id());
            }
            for (UUID id : gone) {
                writer.deleteDocuments(new Term(ID, id.toString()));
            }
            searchers.maybeRefreshBlocking();
            gone.forEach(entries::remove);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WegweiserEntry entry(UUID id) {
        return entries.get(id);
    }

    Collection<WegweiserEntry> entries() {
        return entries.values();
    }

    int size() {
        return entries.size();
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private static Document document(WegweiserEntry e) {
        Document doc = new Document();
        doc.add(new StringField(ID, e.id().toString(), Field.Store.YES));
        // the id as a doc value too: reading it for the hits of a page needs no stored-field block decompression
        doc.add(new BinaryDocValuesField(ID, new BytesRef(e.id().toString())));
        doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(sortKey(e.name()))));
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.add(e.alternateName());
        e.translations().getOrDefault("name", Map.of()).values().forEach(names::add);
        List<String> topics = new ArrayList<>();
        Stream.of(e.categories(), e.audiences(), e.fieldsOfAction())
                .flatMap(List::stream)
                .forEach(t -> {
                    topics.add(t.name());
                    topics.add(t.keywords());
                    topics.addAll(t.labels().values());
                });
        List<String> texts = new ArrayList<>();
        texts.add(e.description());
        texts.add(e.organisationName());
        e.translations().forEach((field, perLang) -> {
            if (!"name".equals(field)) {
                texts.addAll(perLang.values());
            }
        });
        for (Place p : e.places()) {
            texts.add(p.name());
            texts.add(p.city());
            texts.add(p.municipalityName());
        }
        e.areas().forEach(a -> texts.add(a.name()));
        addText(doc, NAME, names);
        addText(doc, TOPIC, topics);
        addText(doc, TEXT, texts);
        List<String> everything = new ArrayList<>(names);
        everything.addAll(topics);
        everything.addAll(texts);
        addText(doc, GermanSearchAnalysis.RAW_FIELD, everything);

        e.categories().forEach(t -> doc.add(new StringField(TOPIC_CODE, t.code(), Field.Store.NO)));
        e.audiences().stream()
                .map(WegweiserEntry.Term::code)
                .forEach(code -> doc.add(new StringField(AUDIENCE, code, Field.Store.NO)));
        e.languages().forEach(l -> doc.add(new StringField(LANGUAGE, l, Field.Store.NO)));
        e.places().stream()
                .flatMap(p -> p.municipalityPath().stream())
                .distinct()
                .forEach(k -> doc.add(new StringField(SITE_AREA, k, Field.Store.NO)));
        for (Area area : e.areas()) {
            doc.add(new StringField(SERVED_EXACT, area.key(), Field.Store.NO));
            area.path().forEach(k -> doc.add(new StringField(SERVED_PATH, k, Field.Store.NO)));
        }
        addFlag(doc, FLAG_BARRIER_FREE, e.barrierFree());
        addFlag(doc, FLAG_FREE, Boolean.TRUE.equals(e.freeOfCharge()));
        addFlag(doc, FLAG_OUTREACH, Boolean.TRUE.equals(e.outreach()));
        addFlag(doc, FLAG_ONLINE, e.online());
        doc.add(new IntPoint(MIN_AGE, e.minimumAge() == null ? 0 : e.minimumAge()));
        doc.add(new IntPoint(MAX_AGE, e.maximumAge() == null ? 130 : e.maximumAge()));
        return doc;
    }

    private static void addText(Document doc, String field, List<String> values) {
        values.stream()
                .filter(Objects::nonNull)
                .filter(v -> !v.isBlank())
                .forEach(v -> doc.add(new TextField(field, v, Field.Store.NO)));
    }

    private static void addFlag(Document doc, String flag, boolean set) {
        if (set) {
            doc.add(new StringField(FLAG, flag, Field.Store.NO));
        }
    }

    /** Names sort without case and accents ("Ärztliche" next to "Arzt"). */
    static String sortKey(String name) {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.GERMAN), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replace("ß", "ss").strip();
    }
}
