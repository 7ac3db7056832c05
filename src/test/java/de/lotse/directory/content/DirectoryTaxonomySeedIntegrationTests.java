package de.lotse.directory.content;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.indicator.LifeStage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed of the directory vocabularies (V019): the codes the other directory packages and the bundled content rely on exist, every counselling category
 * belongs to at least one field of action and one life stage, every term has its names in the five other interface
 * languages, search words and a description, and the ids are the fixed name-based UUIDs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class DirectoryTaxonomySeedIntegrationTests {

    static final String CATEGORIES = "lotse-beratung";
    static final String AUDIENCES = "lotse-zielgruppe";
    static final String FIELDS = "lotse-handlungsfeld";

    /** The codes that are relied upon; the seed may add more, never rename these. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            CATEGORIES,
            List.of(
                    "erziehungsberatung",
                    "schuldnerberatung",
                    "suchtberatung",
                    "pflegeberatung",
                    "seniorenberatung",
                    "fruehe-hilfen",
                    "migrationsberatung",
                    "jugendmigrationsdienst",
                    "schwangerschaftsberatung",
                    "wohnberatung",
                    "teilhabeberatung",
                    "schulsozialarbeit",
                    "jugendberatung",
                    "berufsorientierung",
                    "selbsthilfe-kontaktstelle",
                    "freiwilligenagentur",
                    "gewaltschutz",
                    "allgemeine-sozialberatung"),
            AUDIENCES,
            List.of(
                    "familien",
                    "alleinerziehende",
                    "kinder",
                    "jugendliche",
                    "junge-erwachsene-uebergang",
                    "senioren",
                    "pflegende-angehoerige",
                    "migranten",
                    "menschen-mit-behinderung",
                    "schwangere",
                    "eltern",
                    "menschen-mit-schulden",
                    "menschen-mit-sucht"),
            FIELDS,
            List.of(
                    "bildung",
                    "familie",
                    "gesundheit-pflege",
                    "arbeit-existenzsicherung",
                    "wohnen",
                    "teilhabe-inklusion",
                    "integration",
                    "engagement"));

    static final List<String> LANGUAGES = List.of("en", "tr", "ar", "ru", "uk");

    private final JdbcClient jdbc;

    @Autowired
    DirectoryTaxonomySeedIntegrationTests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Term(UUID id, String taxonomy, String code, String name, String description, String keywords) {}

    /** The terms of the three vocabularies whose id is the fixed seed id (tests of others add their own terms). */
    private List<Term> seedTerms() {
        return jdbc.sql("""
                        SELECT t.id, x.key AS taxonomy, t.code, t.name, t.description, t.keywords
                        FROM directory_taxonomy_term t JOIN directory_taxonomy x ON x.id = t.taxonomy_id
                        WHERE x.key IN ('lotse-beratung', 'lotse-zielgruppe', 'lotse-handlungsfeld')
                        ORDER BY x.key, t.position
                        """).query(Term.class).list().stream()
                .filter(t -> t.id().equals(termId(t.taxonomy(), t.code())))
                .toList();
    }

    @Test
    void theThreeVocabulariesHaveTheirFixedIds() {
        for (String key : REQUIRED.keySet()) {
            UUID id = jdbc.sql("SELECT id FROM directory_taxonomy WHERE key = ?")
                    .param(key)
                    .query(UUID.class)
                    .single();
            assertThat(id).as(key).isEqualTo(nameBased("urn:lotse:directory:taxonomy:" + key));
        }
    }

    @Test
    void everyCodeNamedInTheRulesIsSeededWithItsFixedId() {
        REQUIRED.forEach((taxonomy, codes) -> {
            Map<String, UUID> seeded = jdbc
                    .sql("""
                            SELECT t.code, t.id FROM directory_taxonomy_term t
                            JOIN directory_taxonomy x ON x.id = t.taxonomy_id WHERE x.key = ?
                            """)
                    .param(taxonomy)
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            for (String code : codes) {
                assertThat(seeded).as(taxonomy).containsKey(code);
                assertThat(seeded.get(code)).as(taxonomy + "/" + code).isEqualTo(termId(taxonomy, code));
            }
        });
        List<Term> seed = seedTerms();
        assertThat(seed.stream().filter(t -> t.taxonomy().equals(CATEGORIES)))
                .as("the counselling categories of the issue and two for the bundled content")
                .hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void everyTermHasADescriptionAndSearchWords() {
        for (Term term : seedTerms()) {
            assertThat(term.name()).as(term.code()).isNotBlank();
            assertThat(term.description()).as(term.code()).hasSizeGreaterThan(20);
            assertThat(term.keywords()).as(term.code()).isNotBlank().contains(",");
        }
    }

    @Test
    void searchWordsContainWhatCitizensType() {
        assertThat(keywords(CATEGORIES, "erziehungsberatung"))
                .contains("Erziehung", "Eltern", "Kinder", "Familie", "Trennung", "Scheidung");
        assertThat(keywords(CATEGORIES, "schuldnerberatung"))
                .contains("Schulden", "Insolvenz", "Privatinsolvenz", "Mahnung", "Pfändung");
        assertThat(keywords(CATEGORIES, "pflegeberatung")).contains("Pflegegrad", "Demenz");
    }

    private Set<String> keywords(String taxonomy, String code) {
        String keywords =
                jdbc.sql("""
                        SELECT t.keywords FROM directory_taxonomy_term t
                        JOIN directory_taxonomy x ON x.id = t.taxonomy_id WHERE x.key = ? AND t.code = ?
                        """).param(taxonomy).param(code).query(String.class).single();
        return Arrays.stream(keywords.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    @Test
    void everyCategoryBelongsToAFieldOfActionAndALifeStage() {
        Set<String> stages = Arrays.stream(LifeStage.values()).map(Enum::name).collect(Collectors.toSet());
        for (Term category : seedTerms().stream()
                .filter(t -> t.taxonomy().equals(CATEGORIES))
                .toList()) {
            List<String> fields =
                    jdbc.sql("""
                            SELECT x.key FROM directory_term_mapping m
                            JOIN directory_taxonomy_term f ON f.id = m.mapped_term_id
                            JOIN directory_taxonomy x ON x.id = f.taxonomy_id
                            WHERE m.term_id = ?
                            """).param(category.id()).query(String.class).list();
            assertThat(fields)
                    .as(category.code() + " fields of action")
                    .isNotEmpty()
                    .containsOnly(FIELDS);
            List<String> lifeStages = jdbc.sql("SELECT life_stage FROM directory_term_life_stage WHERE term_id = ?")
                    .param(category.id())
                    .query(String.class)
                    .list();
            assertThat(lifeStages).as(category.code() + " life stages").isNotEmpty();
            assertThat(stages).as(category.code()).containsAll(lifeStages);
        }
        assertThat(lifeStagesOf("schwangerschaftsberatung")).containsExactly("PREGNANCY_BIRTH");
        assertThat(lifeStagesOf("seniorenberatung")).containsExactly("OLDER_PEOPLE");
    }

    private List<String> lifeStagesOf(String category) {
        return jdbc.sql("SELECT life_stage FROM directory_term_life_stage WHERE term_id = ?")
                .param(termId(CATEGORIES, category))
                .query(String.class)
                .list();
    }

    @Test
    void everyTermIsNamedInTheFiveOtherInterfaceLanguagesInTheirScript() {
        List<Term> seed = seedTerms();
        assertThat(seed).hasSizeGreaterThanOrEqualTo(39);
        for (Term term : seed) {
            Map<String, String> labels = jdbc
                    .sql("SELECT lang, name FROM directory_taxonomy_term_label WHERE term_id = ?")
                    .param(term.id())
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            String what = term.taxonomy() + "/" + term.code();
            assertThat(labels.keySet()).as(what).containsExactlyInAnyOrderElementsOf(LANGUAGES);
            labels.values().forEach(label -> assertThat(label).as(what).isNotBlank());
            assertThat(labels.get("ar")).as(what + " ar").containsPattern("\\p{IsArabic}");
            assertThat(labels.get("ru")).as(what + " ru").containsPattern("\\p{IsCyrillic}");
            assertThat(labels.get("uk")).as(what + " uk").containsPattern("\\p{IsCyrillic}");
            assertThat(labels.get("en")).as(what + " en").matches("[\\p{IsLatin}\\s()/,'’–-]+");
            assertThat(labels.get("tr")).as(what + " tr").matches("[\\p{IsLatin}\\s()/,'’–-]+");
        }
    }

    @Test
    void ageGroupsCarryTheirAgeRange() {
        Map<String, Integer[]> ranges = jdbc
                .sql("""
                        SELECT t.code, t.minimum_age, t.maximum_age FROM directory_taxonomy_term t
                        JOIN directory_taxonomy x ON x.id = t.taxonomy_id WHERE x.key = 'lotse-zielgruppe'
                        """)
                .query((rs, i) -> Map.entry(
                        rs.getString(1),
                        new Integer[] {rs.getObject(2, Integer.class), rs.getObject(3, Integer.class)}))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(ranges.get("kinder")).containsExactly(0, 13);
        assertThat(ranges.get("jugendliche")).containsExactly(14, 17);
        assertThat(ranges.get("junge-erwachsene-uebergang")).containsExactly(15, 26);
        assertThat(ranges.get("senioren")).containsExactly(60, null);
        assertThat(ranges.get("familien")).containsExactly(null, null);
    }

    /** The fixed id of a seeded term: name-based UUID (version 5, URL namespace). */
    static UUID termId(String taxonomy, String code) {
        return nameBased("urn:lotse:directory:taxonomy:" + taxonomy + ":" + code);
    }

    /** RFC 4122 version 5 UUID of {@code name} in the URL namespace (what the seed's ids were generated with). */
    static UUID nameBased(String name) {
        UUID namespace = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(namespace));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return bytes;
    }
}
