package de.lotse.directory.hsds;

import de.lotse.directory.hsds.DirectorySearchBenchmark.Probe;
import de.lotse.directory.wegweiser.WegweiserQuery;
import de.lotse.territory.Territory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large set of distinct public searches of realistic shape for the benchmark (fixed seed), so that a cache of the
 * 16 repeated benchmark texts cannot flatter the figures: a topic word alone (also compounds, plurals and synonyms), a
 * topic word with a place name, a topic word with one typo, a topic word with a filter (municipality, target group,
 * age, free of charge), a place name alone.
 */
final class DistinctSearches {

    private static final String[] WORDS = {
        "Erziehung",
        "Erziehungsberatung",
        "Schulden",
        "Schuldnerberatung",
        "Sucht",
        "Suchtberatung",
        "Drogen",
        "Alkohol",
        "Pflege",
        "Pflegeberatung",
        "Pflegestützpunkt",
        "Senioren",
        "Seniorenberatung",
        "Kita",
        "Kindertagesstätte",
        "Familie",
        "Familien",
        "Eltern",
        "Migration",
        "Migrationsberatung",
        "Integration",
        "Schwangerschaft",
        "Schwangerschaftsberatung",
        "Jugend",
        "Jugendberatung",
        "Jugendliche",
        "Frühe Hilfen",
        "Selbsthilfe",
        "Gewaltschutz",
        "Frauenberatung",
        "Wohnberatung",
        "Wohnen",
        "Teilhabe",
        "Behinderung",
        "Schulsozialarbeit",
        "Schule",
        "Beruf",
        "Berufsorientierung",
        "Ausbildung",
        "Ehrenamt",
        "Freiwilligenagentur",
        "Sozialberatung",
        "Beratung",
        "Alleinerziehende",
        "Kinder",
        "Trennung",
        "Scheidung",
        "Demenz",
        "Angehörige"
    };
    private static final String[] AUDIENCES =
            SyntheticDirectory.AUDIENCES.keySet().toArray(String[]::new);

    private DistinctSearches() {}

    /** {@code count} distinct searches (the same shape may repeat, the same search does not). */
    static List<Probe> generate(List<Territory> municipalities, int count) {
        SplittableRandom random = new SplittableRandom(4711L);
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Probe> probes = new ArrayList<>();
        while (probes.size() < count) {
            String word = WORDS[random.nextInt(WORDS.length)];
            Territory place = municipalities.get(random.nextInt(municipalities.size()));
            int shape = random.nextInt(100);
            Probe probe;
            if (shape < 25) {
                probe = text(word + (random.nextBoolean() ? "" : " " + WORDS[random.nextInt(WORDS.length)]));
            } else if (shape < 50) {
                probe = text(word + " " + place.name());
            } else if (shape < 65) {
                probe = text(typo(word, random) + (random.nextBoolean() ? "" : " " + place.name()));
            } else if (shape < 90) {
                probe = filtered(word, place, random);
            } else {
                probe = text(place.name());
            }
            if (seen.add(probe.parameters())) {
                probes.add(probe);
            }
        }
        return probes;
    }

    private static Probe text(String text) {
        return new Probe(WegweiserQuery.forText(text), "q=" + enc(text));
    }

    private static Probe filtered(String word, Territory place, SplittableRandom random) {
        String territory = null;
        String audience = null;
        Integer age = null;
        boolean free = false;
        String parameters;
        switch (random.nextInt(4)) {
            case 0 -> {
                territory = place.key();
                parameters = "territory=" + enc(territory);
            }
            case 1 -> {
                audience = AUDIENCES[random.nextInt(AUDIENCES.length)];
                parameters = "audience=" + audience;
            }
            case 2 -> {
                age = random.nextInt(90);
                parameters = "age=" + age;
            }
            default -> {
                free = true;
                parameters = "freeOfCharge=true";
            }
        }
        return new Probe(
                new WegweiserQuery(word, null, territory, audience, age, null, false, free, false, false, 1, 0),
                "q=" + enc(word) + "&" + parameters);
    }

    /** The word with one letter dropped, doubled, swapped with the next or replaced. */
    private static String typo(String word, SplittableRandom random) {
        int at = 1 + random.nextInt(word.length() - 2);
        char[] c = word.toCharArray();
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + c[at] + word.substring(at);
            case 2 -> {
                char t = c[at];
                c[at] = c[at + 1];
                c[at + 1] = t;
                yield new String(c);
            }
            default -> word.substring(0, at) + "aeiou".charAt(random.nextInt(5)) + word.substring(at + 1);
        };
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
