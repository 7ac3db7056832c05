package de.lotse.directory.coverage;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counselling categories and target groups offered as filters, with their names in the interface language. */
@Repository
class CoverageTerms {

    static final String CATEGORIES = "lotse-beratung";
    static final String AUDIENCES = "lotse-zielgruppe";

    /** A taxonomy term: code, name in the asked language (German if there is no translation) and age range. */
    record Term(String code, String name, Integer minimumAge, Integer maximumAge) {}

    private final JdbcClient jdbc;

    CoverageTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Term> of(String taxonomy, String lang) {
        return jdbc.sql("""
                        SELECT t.code, COALESCE(l.name, t.name) AS name, t.minimum_age, t.maximum_age
                          FROM directory_taxonomy_term t
                          JOIN directory_taxonomy x ON x.id = t.taxonomy_id
                          LEFT JOIN directory_taxonomy_term_label l ON l.term_id = t.id AND l.lang = :lang
                         WHERE x.key = :taxonomy
                         ORDER BY t.position, name
                        """)
                .param("taxonomy", taxonomy)
                .param("lang", lang)
                .query((rs, n) -> new Term(
                        rs.getString("code"), rs.getString("name"), (Integer) rs.getObject("minimum_age"), (Integer)
                                rs.getObject("maximum_age")))
                .list();
    }

    Optional<Term> find(String taxonomy, String code, String lang) {
        return of(taxonomy, lang).stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
