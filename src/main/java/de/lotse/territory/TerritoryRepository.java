package de.lotse.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of the territory tables: plain SQL for PostgreSQL. */
@Repository
class TerritoryRepository {

    private static final String SELECT = """
            SELECT t.id, t.ars, t.ags, t.name, t.level, t.type_code, t.seat, p.ars AS parent_ars,
                   p.level AS parent_level, p.name AS parent_name, t.path, t.area_km2, t.valid_from, t.valid_to,
                   (t.boundary IS NOT NULL) AS has_boundary,
                   pop.reference_date, pop.population, pop.male, pop.source, pop.basis
              FROM territory t
              LEFT JOIN territory p ON p.id = t.parent_id
              LEFT JOIN LATERAL (SELECT tp.reference_date, tp.population, tp.male, tp.source, tp.basis
                                   FROM territory_population tp
                                  WHERE tp.territory_id = t.id
                                  ORDER BY tp.reference_date DESC LIMIT 1) pop ON TRUE
            """;

    static final RowMapper<Territory> MAPPER = TerritoryRepository::map;

    private final JdbcClient jdbc;

    TerritoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Territory> find(TerritoryLevel level, String nativeKey) {
        return jdbc.sql(SELECT + " WHERE t.level = ? AND t.ars = ?")
                .params(level.name(), Ars.fromNativeKey(nativeKey).value())
                .query(MAPPER)
                .optional();
    }

    Optional<Territory> findMunicipalityByAgs(String ags) {
        return jdbc.sql(SELECT
                        + " WHERE t.level = 'MUNICIPALITY' AND t.ags = ? ORDER BY t.valid_to DESC NULLS FIRST LIMIT 1")
                .param(ags)
                .query(MAPPER)
                .optional();
    }

    /** Many units at once (one query), in no particular order; unknown ids are left out. */
    List<Territory> findAllById(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE t.id = ANY(?)")
                .param(ids.toArray(new Long[0]))
                .query(MAPPER)
                .list();
    }

    Optional<Territory> findById(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?").param(id).query(MAPPER).optional();
    }

    /** Direct children, current ones first, by name. */
    List<Territory> children(long parentId) {
        return jdbc.sql(SELECT + " WHERE t.parent_id = ? ORDER BY (t.valid_to IS NOT NULL), t.name")
                .param(parentId)
                .query(MAPPER)
                .list();
    }

    /** All units of a level below the given unit (e.g. the Gemeinden of a Kreis), current ones first, by name. */
    List<Territory> descendants(Territory ancestor, TerritoryLevel level) {
        return jdbc.sql(SELECT + " WHERE t.path LIKE ? AND t.level = ? ORDER BY (t.valid_to IS NOT NULL), t.name")
                .params(escapeLike(ancestor.path()) + "/%", level.name())
                .query(MAPPER)
                .list();
    }

    /** All units of one level, current ones first, by key. */
    List<Territory> byLevel(TerritoryLevel level) {
        return jdbc.sql(SELECT + " WHERE t.level = ? ORDER BY (t.valid_to IS NOT NULL), t.ars")
                .param(level.name())
                .query(MAPPER)
                .list();
    }

    List<Territory> topLevel() {
        return jdbc.sql(SELECT + " WHERE t.parent_id IS NULL ORDER BY t.ars")
                .query(MAPPER)
                .list();
    }

    /** Current units whose name contains the text or whose key starts with it; best matches first. */
    List<Territory> search(String text, TerritoryLevel level, String pathPrefix, int limit) {
        String needle = fold(text.strip().toLowerCase(java.util.Locale.GERMAN));
        String digits = needle.replaceAll("\\s", "");
        return jdbc.sql(SELECT + """
                         WHERE t.valid_to IS NULL
                           AND (CAST(? AS VARCHAR) IS NULL OR t.level = ?)
                           AND (? OR NOT (t.level = 'ASSOCIATION' AND t.type_code = '50'))
                           AND (CAST(? AS VARCHAR) IS NULL OR t.path LIKE ? ESCAPE '\\')
                           AND ({folded} LIKE ? ESCAPE '\\' OR t.ars LIKE ? OR t.ags LIKE ?)
                         ORDER BY ({folded} = ?) DESC, ({folded} LIKE ? ESCAPE '\\') DESC,
                                  array_position(ARRAY['STATE', 'COUNTY', 'ASSOCIATION', 'MUNICIPALITY', 'SOCIAL_SPACE'], t.level::text), t.name
                         LIMIT ?
                        """.replace("{folded}", FOLDED_NAME))
                .params(
                        level == null ? null : level.name(),
                        level == null ? null : level.name(),
                        // a name search lists a verbandsfreie Gemeinde once (as Gemeinde), not again as its Verband
                        digits.matches("\\d+") || level == TerritoryLevel.ASSOCIATION,
                        pathPrefix,
                        pathPrefix == null ? null : escapeLike(pathPrefix) + "/%",
                        "%" + escapeLike(needle) + "%",
                        escapeLike(digits) + "%",
                        escapeLike(digits) + "%",
                        needle,
                        escapeLike(needle) + "%",
                        limit)
                .query(MAPPER)
                .list();
    }

    List<PopulationFigure> populationHistory(long territoryId) {
        return jdbc.sql("""
                        SELECT reference_date, population, male, source, basis
                          FROM territory_population WHERE territory_id = ? ORDER BY reference_date
                        """)
                .param(territoryId)
                .query((rs, i) -> new PopulationFigure(
                        rs.getDate(1).toLocalDate(),
                        rs.getLong(2),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The simplified display boundary as GeoJSON geometry text, if any. */
    Optional<String> displayBoundary(long territoryId) {
        return jdbc.sql("SELECT boundary_display::text FROM territory WHERE id = ? AND boundary_display IS NOT NULL")
                .param(territoryId)
                .query(String.class)
                .optional();
    }

    /** See {@link Territories#revision()}: the newest change of units, populations and imports, and the newest ids. */
    String revision() {
        return jdbc.sql("""
                        SELECT concat_ws('/', (SELECT max(id) FROM territory), (SELECT max(updated_at) FROM territory),
                               (SELECT max(updated_at) FROM territory_population), (SELECT count(*) FROM territory_import),
                               (SELECT max(id) FROM territory_import))""").query(String.class).single();
    }

    /** The full-resolution boundary as GeoJSON geometry text, if any. */
    Optional<String> fullBoundary(long territoryId) {
        return jdbc.sql("SELECT boundary::text FROM territory WHERE id = ? AND boundary IS NOT NULL")
                .param(territoryId)
                .query(String.class)
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM territory").query(Long.class).single();
    }

    /** Name in lower case without umlauts and accents, so "luchow" finds Lüchow and "gohrde" Göhrde. */
    private static final String FOLDED_NAME =
            "translate(replace(lower(t.name), 'ß', 'ss'), 'äöüéèêáàâíìîóòôúùûç', 'aoueeeaaaiiiooouuuc')";

    static String fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace("ß", "ss"), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Territory map(ResultSet rs, int row) throws SQLException {
        TerritoryLevel level = TerritoryLevel.valueOf(rs.getString("level"));
        Ars ars = new Ars(rs.getString("ars"));
        String ags = rs.getString("ags");
        String parentArs = rs.getString("parent_ars");
        String parentKey = parentArs == null
                ? null
                : new Ars(parentArs).nativeKey(TerritoryLevel.valueOf(rs.getString("parent_level")));
        PopulationFigure population = rs.getDate("reference_date") == null
                ? null
                : new PopulationFigure(
                        rs.getDate("reference_date").toLocalDate(),
                        rs.getLong("population"),
                        (Long) rs.getObject("male"),
                        rs.getString("source"),
                        rs.getString("basis"));
        return new Territory(
                rs.getLong("id"),
                ars.nativeKey(level),
                ars,
                ags == null ? null : new Ags(ags),
                rs.getString("name"),
                level,
                rs.getString("type_code"),
                rs.getString("seat"),
                parentKey,
                rs.getString("parent_name"),
                rs.getString("path"),
                rs.getBigDecimal("area_km2"),
                rs.getDate("valid_from") == null
                        ? null
                        : rs.getDate("valid_from").toLocalDate(),
                rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(),
                population,
                rs.getBoolean("has_boundary"));
    }
}
