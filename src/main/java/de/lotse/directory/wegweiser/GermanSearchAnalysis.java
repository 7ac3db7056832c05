package de.lotse.directory.wegweiser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The German text analysis of the Wegweiser search.
 *
 * <ul>
 *   <li>Index ({@link #indexAnalyzer()}): words, lower case, compound splitting with a dictionary (the parts are
 *       indexed next to the whole word), umlaut folding ({@code GermanNormalizationFilter}: ä→a, ß→ss), light
 *       stemming. The field {@link #RAW_FIELD} keeps the unstemmed words for typo tolerance.
 *   <li>Query ({@link #queryAnalyzer()}): words, lower case, umlaut folding, light stemming, then synonyms (whose words
 *       went through the same steps, so inflected forms of a synonym match too). Compounds of a query are not split:
 *       "Suchtberatung" should not find everything about "Beratung".
 * </ul>
 *
 * <p>Compound splitting uses Lucene's {@code DictionaryCompoundWordTokenFilter}, not the hyphenation-based filter: the
 * FOP German hyphenation grammar is not available from our Maven mirror and its licence (LPPL, from TeX hyphenation
 * patterns) would have to be bundled and reviewed; a dictionary of the domain's word parts (curated list
 * {@code wegweiser/compound-words.txt} plus the names and keywords of the taxonomy terms) splits exactly the words
 * citizens look for and is predictable in tests.
 */
final class GermanSearchAnalysis {

    /** Unstemmed words (lower case, umlauts folded, compounds split): the field typo tolerance works on. */
    static final String RAW_FIELD = "raw";

    private static final int MIN_WORD = 5;
    private static final int MIN_PART = 4;
    private static final int MAX_PART = 25;

    private final CharArraySet dictionary;
    private final SynonymMap synonyms;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;

    private GermanSearchAnalysis(CharArraySet dictionary, SynonymMap synonyms) {
        this.dictionary = dictionary;
        this.synonyms = synonyms;
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(stemming(), Map.of(RAW_FIELD, raw()));
        this.queryAnalyzer = synonymQueries();
    }

    /** The analysis with the bundled word parts and synonyms plus the given words (taxonomy names, keywords). */
    static GermanSearchAnalysis withExtraWords(Collection<String> extraWords) {
        CharArraySet dictionary = new CharArraySet(256, true);
        readLines("wegweiser/compound-words.txt").stream()
                .filter(w -> w.length() >= MIN_PART)
                .forEach(dictionary::add);
        for (String text : extraWords) {
            for (String word : words(text)) {
                if (word.length() >= MIN_PART) {
                    dictionary.add(word);
                }
            }
        }
        return new GermanSearchAnalysis(CharArraySet.unmodifiableSet(dictionary), loadSynonyms());
    }

    /** The index analyzer: stemmed text fields, and {@link #RAW_FIELD} without stemming. */
    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** The query analyzer of the stemmed text fields (with synonyms). */
    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Whether the dictionary splits compounds at this word (lower case). */
    boolean knowsPart(String word) {
        return dictionary.contains(word);
    }

    private Analyzer synonymQueries() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new GermanNormalizationFilter(stream);
                stream = new GermanLightStemFilter(stream);
                stream = new SynonymGraphFilter(stream, synonyms, true);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The words of a query as typo tolerance compares them: lower case, umlauts folded, not stemmed. */
    static List<String> normalizedWords(String text) {
        List<String> result = new ArrayList<>();
        try (Analyzer analyzer = plainNormalizing();
                TokenStream stream = analyzer.tokenStream(RAW_FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private Analyzer stemming() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = decompound(stream);
                stream = new GermanNormalizationFilter(stream);
                stream = new GermanLightStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private Analyzer raw() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = decompound(stream);
                stream = new GermanNormalizationFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private TokenStream decompound(TokenStream stream) {
        return new DictionaryCompoundWordTokenFilter(stream, dictionary, MIN_WORD, MIN_PART, MAX_PART, false);
    }

    private static Analyzer plainNormalizing() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
            }
        };
    }

    private static SynonymMap loadSynonyms() {
        Analyzer synonymWords = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new GermanNormalizationFilter(stream);
                stream = new GermanLightStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
        try (Reader reader = reader("wegweiser/synonyms.txt")) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, synonymWords);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("wegweiser/synonyms.txt cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> words(String text) {
        List<String> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String word : text.toLowerCase(Locale.GERMAN).split("[^\\p{L}]+")) {
            if (!word.isBlank()) {
                result.add(word);
            }
        }
        return result;
    }

    private static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (Reader reader = reader(resource)) {
            new java.io.BufferedReader(reader).lines().map(String::strip).forEach(line -> {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line.toLowerCase(Locale.GERMAN));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static Reader reader(String resource) {
        InputStream in = GermanSearchAnalysis.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
