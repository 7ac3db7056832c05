package de.lotse.directory.wegweiser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link WegweiserQuery} into a Lucene query, and finds spelling suggestions when nothing was found.
 *
 * <p>Each word of the text must match (with three or more words, all but one): exactly after stemming and synonyms in
 * the name (weight 3), the topics (2) or the other texts (1), or, ranked far below, with one typo (words of 4 to 8
 * letters) or two (9 letters or more) in the unstemmed words. Common German words ("und", "für") are ignored. The
 * indexed words within a word's typo distance are looked up once per index version and cached.
 */
final class WegweiserQueries {

    private static final float EXACT_NAME = 3f;
    private static final float EXACT_TOPIC = 2f;
    private static final float EXACT_TEXT = 1f;
    private static final float TYPO = 0.1f;
    private static final CharArraySet STOP_WORDS = normalizedStopWords();

    private static final int MAX_TYPO_TERMS = 50;
    private static final int MAX_CACHED_WORDS = 20_000;

    private final QueryBuilder builder;
    private final Function<String, Optional<List<String>>> territoryKeys;
    private final IndexReader reader;
    private final Map<String, TypoTerms> typoCache;

    /**
     * The words of the index within a word's typo distance, found once per index version (enumerating the term
     * dictionary with a Levenshtein automaton is the costly part of a search, and citizens repeat their words).
     */
    record TypoTerms(long indexVersion, List<Map.Entry<BytesRef, Float>> terms) {}

    WegweiserQueries(
            GermanSearchAnalysis analysis,
            Function<String, Optional<List<String>>> territoryKeys,
            IndexReader reader,
            Map<String, TypoTerms> typoCache) {
        this.builder = new QueryBuilder(analysis.queryAnalyzer());
        this.territoryKeys = territoryKeys;
        this.reader = reader;
        this.typoCache = typoCache;
    }

    /** The whole query with typo tolerance. */
    Query build(WegweiserQuery query) {
        return build(query, true);
    }

    /**
     * The whole query; without typo tolerance only exact (stemmed, synonym) word matches count — the cheap first try,
     * since looking for typo variants in every search costs more than the search itself.
     */
    Query build(WegweiserQuery query, boolean typos) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Query text = text(query.text(), typos);
        all.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (query.topic() != null) {
            all.add(term(WegweiserIndex.TOPIC_CODE, query.topic()), Occur.FILTER);
        }
        if (query.audience() != null) {
            all.add(term(WegweiserIndex.AUDIENCE, query.audience()), Occur.FILTER);
        }
        if (query.language() != null) {
            all.add(term(WegweiserIndex.LANGUAGE, query.language()), Occur.FILTER);
        }
        if (query.territory() != null) {
            all.add(territory(query.territory()), Occur.FILTER);
        }
        if (query.age() != null) {
            all.add(IntPoint.newRangeQuery(WegweiserIndex.MIN_AGE, Integer.MIN_VALUE, query.age()), Occur.FILTER);
            all.add(IntPoint.newRangeQuery(WegweiserIndex.MAX_AGE, query.age(), Integer.MAX_VALUE), Occur.FILTER);
        }
        flag(all, query.barrierFree(), WegweiserIndex.FLAG_BARRIER_FREE);
        flag(all, query.freeOfCharge(), WegweiserIndex.FLAG_FREE);
        flag(all, query.outreach(), WegweiserIndex.FLAG_OUTREACH);
        flag(all, query.online(), WegweiserIndex.FLAG_ONLINE);
        return all.build();
    }

    /** Whether the text has a word long enough for typo tolerance (typo matches could add to the exact ones). */
    boolean allowsTypos(String text) {
        return words(text).stream().anyMatch(w -> w.length() >= 4);
    }

    /** The query for the words, or null when there are none to look for. */
    Query text(String text, boolean typos) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            all.add(word(word, typos), Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(words.size() <= 2 ? words.size() : words.size() - 1);
        return all.build();
    }

    /**
     * The text with each word that finds nothing replaced by the most similar word of the index, or null if there is
     * no such word (or every word finds something).
     */
    String spelling(IndexSearcher searcher, String text) throws IOException {
        List<String> words = words(text);
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), GermanSearchAnalysis.RAW_FIELD);
        if (words.isEmpty() || terms == null) {
            return null;
        }
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            String better = searcher.count(word(word, true)) > 0 ? null : closest(terms, word);
            changed |= better != null;
            corrected.add(better == null ? word : better);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private Query word(String word, boolean typos) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        addExact(any, WegweiserIndex.NAME, word, EXACT_NAME);
        addExact(any, WegweiserIndex.TOPIC, word, EXACT_TOPIC);
        addExact(any, WegweiserIndex.TEXT, word, EXACT_TEXT);
        List<Map.Entry<BytesRef, Float>> near = typos ? typoTerms(word) : List.of();
        if (!near.isEmpty()) {
            SynonymQuery.Builder similar = new SynonymQuery.Builder(GermanSearchAnalysis.RAW_FIELD);
            near.forEach(t -> similar.addTerm(t.getKey(), t.getValue()));
            any.add(new BoostQuery(similar.build(), TYPO), Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * The indexed words with at most one typo (words of 4 to 8 letters) or two (9 letters or more), the first letter
     * fixed, each with its similarity (1 for the word itself); at most the 50 most similar.
     */
    private List<Map.Entry<BytesRef, Float>> typoTerms(String word) {
        int edits = word.length() >= 9 ? 2 : word.length() >= 4 ? 1 : 0;
        if (edits == 0) {
            return List.of();
        }
        long version = reader instanceof DirectoryReader d ? d.getVersion() : -1;
        TypoTerms cached = typoCache.get(word);
        if (cached != null && cached.indexVersion() == version) {
            return cached.terms();
        }
        List<Map.Entry<BytesRef, Float>> found = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, GermanSearchAnalysis.RAW_FIELD);
            if (terms != null) {
                FuzzyTermsEnum near =
                        new FuzzyTermsEnum(terms, new Term(GermanSearchAnalysis.RAW_FIELD, word), edits, 1, true);
                for (BytesRef term = near.next(); term != null; term = near.next()) {
                    float similarity = near.getBoost();
                    if (similarity > 0) { // a very short indexed word may be "similar" with no letter in common
                        found.add(Map.entry(BytesRef.deepCopyOf(term), Math.min(1f, similarity)));
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        found.sort(Map.Entry.<BytesRef, Float>comparingByValue().reversed());
        List<Map.Entry<BytesRef, Float>> best = List.copyOf(found.subList(0, Math.min(MAX_TYPO_TERMS, found.size())));
        if (typoCache.size() >= MAX_CACHED_WORDS) {
            typoCache.clear();
        }
        typoCache.put(word, new TypoTerms(version, best));
        return best;
    }

    private void addExact(BooleanQuery.Builder any, String field, String word, float boost) {
        Query exact = builder.createBooleanQuery(field, word);
        if (exact != null) {
            any.add(new BoostQuery(exact, boost), Occur.SHOULD);
        }
    }

    /**
     * Services with a place in the unit or below it, or an area of service inside it, at it or above it. The keys are
     * the unit's own key first, then the keys of its path (units above, itself, its AGS).
     */
    private Query territory(String key) {
        Optional<List<String>> keys = territoryKeys.apply(key);
        if (keys.isEmpty()) {
            return new MatchNoDocsQuery("unknown territory " + key);
        }
        String own = keys.get().getFirst();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(term(WegweiserIndex.SITE_AREA, own), Occur.SHOULD);
        any.add(term(WegweiserIndex.SERVED_PATH, own), Occur.SHOULD);
        for (String unit : keys.get()) {
            any.add(term(WegweiserIndex.SERVED_EXACT, unit), Occur.SHOULD);
        }
        return any.build();
    }

    private static void flag(BooleanQuery.Builder all, boolean set, String flag) {
        if (set) {
            all.add(term(WegweiserIndex.FLAG, flag), Occur.FILTER);
        }
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return GermanSearchAnalysis.normalizedWords(text).stream()
                .filter(w -> !STOP_WORDS.contains(w))
                .distinct()
                .limit(12)
                .toList();
    }

    private static String closest(Terms terms, String word) throws IOException {
        if (word.length() < 4) {
            return null;
        }
        int limit = Math.min(4, Math.max(2, word.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestFrequency = 0;
        TermsEnum all = terms.iterator();
        for (BytesRef candidate = all.next(); candidate != null; candidate = all.next()) {
            String other = candidate.utf8ToString();
            if (Math.abs(other.length() - word.length()) > limit || other.length() < 4) {
                continue;
            }
            int distance = Levenshtein.distance(word, other, limit);
            if (distance <= limit
                    && (distance < bestDistance || (distance == bestDistance && all.docFreq() > bestFrequency))) {
                best = other;
                bestDistance = distance;
                bestFrequency = all.docFreq();
            }
        }
        return best;
    }

    private static CharArraySet normalizedStopWords() {
        CharArraySet set = new CharArraySet(300, true);
        for (Object word : GermanAnalyzer.getDefaultStopSet()) {
            set.addAll(GermanSearchAnalysis.normalizedWords(new String((char[]) word)));
        }
        return set;
    }
}
