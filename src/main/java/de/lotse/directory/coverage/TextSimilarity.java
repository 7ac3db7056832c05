package de.lotse.directory.coverage;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cosine similarity of two texts over their character-trigram frequency vectors (words padded with a space at both
 * ends, lower case, umlauts and ß folded). Written here rather than with Lucene's MoreLikeThis because the texts are
 * short (a name and a few sentences) and German compounds must match their parts ("Erziehungsberatung" and "Beratung
 * in Erziehungsfragen" share most trigrams, while word-level analysis would need a decompounding dictionary); no index
 * is needed for a pairwise comparison within one category, and the result is deterministic and easy to explain.
 */
final class TextSimilarity {

    private TextSimilarity() {}

    static Map<String, Integer> trigrams(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        String folded = Normalizer.normalize(
                        text.toLowerCase(Locale.GERMAN)
                                .replace("ä", "ae")
                                .replace("ö", "oe")
                                .replace("ü", "ue")
                                .replace("ß", "ss"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        for (String word : folded.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                counts.merge(padded.substring(i, i + 3), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** 0 (nothing in common or an empty text) to 1 (the same trigram distribution). */
    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                dot += (double) e.getValue() * other;
            }
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> v) {
        double sum = 0;
        for (int c : v.values()) {
            sum += (double) c * c;
        }
        return Math.sqrt(sum);
    }
}
