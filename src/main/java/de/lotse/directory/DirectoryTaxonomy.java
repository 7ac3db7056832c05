package de.lotse.directory;

import de.lotse.indicator.LifeStage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabularies of the directory (HSDS taxonomies): counselling categories, target groups and fields of action,
 * with the names of their terms in the interface languages, and how a counselling category maps to fields of action
 * and life stages. Read only; the terms are seeded by migration.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryTaxonomy {

    private static final String TERM = """
            SELECT t.id, x.key AS taxonomy_key, t.code, t.name, t.description, t.parent_id, t.keywords,
                   t.minimum_age, t.maximum_age, t.position, t.term_uri
              FROM directory_taxonomy_term t JOIN directory_taxonomy x ON x.id = t.taxonomy_id
            """;

    private final JdbcClient jdbc;

    DirectoryTaxonomy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All taxonomies, by key. */
    public List<Taxonomy> taxonomies() {
        return jdbc.sql("SELECT id, key, name, description, uri, version FROM directory_taxonomy ORDER BY key")
                .query((rs, n) -> new Taxonomy(
                        rs.getObject("id", UUID.class),
                        rs.getString("key"),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getString("uri"),
                        rs.getString("version")))
                .list();
    }

    public Optional<Taxonomy> taxonomy(String key) {
        return taxonomies().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** The terms of a taxonomy by position (then German name), with their labels; empty for an unknown key. */
    public List<TaxonomyTerm> terms(String taxonomyKey) {
        List<TaxonomyTerm> terms = jdbc.sql(TERM + " WHERE x.key = ? ORDER BY t.position, t.name, t.code")
                .param(taxonomyKey)
                .query(DirectoryTaxonomy::term)
                .list();
        return withLabels(terms);
    }

    public Optional<TaxonomyTerm> findTerm(String taxonomyKey, String code) {
        List<TaxonomyTerm> found = jdbc.sql(TERM + " WHERE x.key = ? AND t.code = ?")
                .params(taxonomyKey, code)
                .query(DirectoryTaxonomy::term)
                .list();
        return withLabels(found).stream().findFirst();
    }

    /** Terms by id (any taxonomy), with labels; unknown ids are missing from the map. */
    public Map<UUID, TaxonomyTerm> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, TaxonomyTerm> byId = new LinkedHashMap<>();
        withLabels(jdbc.sql(TERM + " WHERE t.id IN (:ids)")
                        .param("ids", ids)
                        .query(DirectoryTaxonomy::term)
                        .list())
                .forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    /** The fields of action (terms of {@code lotse-handlungsfeld}) a term is mapped to, by position. */
    public List<TaxonomyTerm> mappedFieldsOfAction(TaxonomyTerm term) {
        return withLabels(jdbc.sql(TERM + """
                         JOIN directory_term_mapping m ON m.mapped_term_id = t.id
                        WHERE m.term_id = ? ORDER BY t.position, t.name""")
                .param(term.id())
                .query(DirectoryTaxonomy::term)
                .list());
    }

    /** The life stages a term is mapped to, in the order of the life course. */
    public List<LifeStage> lifeStages(TaxonomyTerm term) {
        List<String> codes = jdbc.sql("SELECT life_stage FROM directory_term_life_stage WHERE term_id = ?")
                .param(term.id())
                .query(String.class)
                .list();
        List<LifeStage> stages = new ArrayList<>();
        for (LifeStage stage : LifeStage.values()) {
            if (codes.contains(stage.name())) {
                stages.add(stage);
            }
        }
        return stages;
    }

    /** Code → id of every term of a taxonomy (for validating and writing drafts). */
    Map<String, UUID> termIds(String taxonomyKey) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("""
                        SELECT t.code, t.id FROM directory_taxonomy_term t JOIN directory_taxonomy x ON x.id = t.taxonomy_id
                         WHERE x.key = ?""")
                .param(taxonomyKey)
                .query((rs, n) -> ids.put(rs.getString("code"), rs.getObject("id", UUID.class)))
                .list();
        return ids;
    }

    private List<TaxonomyTerm> withLabels(List<TaxonomyTerm> terms) {
        if (terms.isEmpty()) {
            return terms;
        }
        Map<UUID, Map<String, String>> labels = new HashMap<>();
        jdbc.sql("SELECT term_id, lang, name FROM directory_taxonomy_term_label WHERE term_id IN (:ids)")
                .param("ids", terms.stream().map(TaxonomyTerm::id).toList())
                .query((rs, n) -> labels.computeIfAbsent(rs.getObject("term_id", UUID.class), k -> new HashMap<>())
                        .put(rs.getString("lang"), rs.getString("name")))
                .list();
        return terms.stream()
                .map(t -> new TaxonomyTerm(
                        t.id(),
                        t.taxonomyKey(),
                        t.code(),
                        t.name(),
                        t.description(),
                        t.parentId(),
                        t.keywords(),
                        t.minimumAge(),
                        t.maximumAge(),
                        t.position(),
                        t.termUri(),
                        labels.getOrDefault(t.id(), Map.of())))
                .toList();
    }

    private static TaxonomyTerm term(ResultSet rs, int row) throws SQLException {
        return new TaxonomyTerm(
                rs.getObject("id", UUID.class),
                rs.getString("taxonomy_key"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getObject("parent_id", UUID.class),
                rs.getString("keywords"),
                (Integer) rs.getObject("minimum_age"),
                (Integer) rs.getObject("maximum_age"),
                rs.getInt("position"),
                rs.getString("term_uri"),
                Map.of());
    }
}
