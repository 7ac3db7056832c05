package de.lotse.indicator;

import de.lotse.territory.TerritoryLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue tables {@code indicator}, {@code indicator_version} and {@code indicator_change}: plain SQL. */
@Repository
class IndicatorRepository {

    private static final String SELECT = """
            SELECT i.id, i.key, i.revision, i.updated_at, i.updated_by, v.version, v.valid_from, v.created_by,
                   v.name_de, v.name_en, v.short_name_de, v.short_name_en, v.definition, v.interpretation,
                   v.formula_kind, v.formula_numerator, v.formula_denominator, v.formula_factor,
                   v.formula_expression, v.unit, v.decimals, v.source_publisher, v.source_statistic, v.source_table,
                   v.licence, v.attribution, v.reference_date, v.reference_date_note,
                   array_to_string(v.levels, ',') AS levels, v.polarity, v.topic,
                   array_to_string(v.life_stages, ',') AS life_stages, v.kind, v.min_count, v.min_denominator
              FROM indicator i
              JOIN indicator_version v ON v.indicator_id = i.id AND v.version = i.current_version
            """;

    private static final String VERSION_COLUMNS = """
            name_de, name_en, short_name_de, short_name_en, definition, interpretation, formula_kind,
            formula_numerator, formula_denominator, formula_factor, formula_expression, unit, decimals,
            source_publisher, source_statistic, source_table, licence, attribution, reference_date,
            reference_date_note, levels, polarity, topic, life_stages, kind, min_count, min_denominator""";

    private static final String VERSION_VALUES = """
            :nameDe, :nameEn, :shortNameDe, :shortNameEn, :definition, :interpretation, :formulaKind,
            :numerator, :denominator, :factor, :expression, :unit, :decimals, :publisher, :statistic, :tableCode,
            :licence, :attribution, :referenceDate, :referenceDateNote, string_to_array(:levels, ','), :polarity,
            :topic, string_to_array(:lifeStages, ','), :kind, :minCount, :minDenominator""";

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Indicator> find(IndicatorKey key) {
        return jdbc.sql(SELECT + " WHERE i.key = ?")
                .param(key.value())
                .query(IndicatorRepository::map)
                .optional();
    }

    /** The current revision of an indicator, locking its row until the end of the transaction. */
    Optional<Long> lockRevision(IndicatorKey key) {
        return jdbc.sql("SELECT revision FROM indicator WHERE key = ? FOR UPDATE")
                .param(key.value())
                .query(Long.class)
                .optional();
    }

    /** The keys among the given ones that name no indicator. */
    Set<IndicatorKey> missing(Collection<IndicatorKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> found = Set.copyOf(jdbc.sql("SELECT key FROM indicator WHERE key IN (:keys)")
                .param("keys", keys.stream().map(IndicatorKey::value).toList())
                .query(String.class)
                .list());
        return keys.stream().filter(k -> !found.contains(k.value())).collect(Collectors.toSet());
    }

    List<Indicator> list(IndicatorFilter filter) {
        String pattern =
                filter.text() == null ? null : "%" + escapeLike(filter.text().toLowerCase()) + "%";
        return jdbc.sql(SELECT + """
                         WHERE (CAST(:topic AS varchar) IS NULL OR v.topic = :topic)
                           AND (CAST(:stage AS varchar) IS NULL OR :stage = ANY (v.life_stages))
                           AND (CAST(:level AS varchar) IS NULL OR :level = ANY (v.levels))
                           AND (CAST(:text AS varchar) IS NULL
                                OR lower(concat_ws(' ', i.key, v.name_de, v.name_en, v.short_name_de,
                                                   v.short_name_en, v.definition)) LIKE :text)
                         ORDER BY lower(v.name_de), i.key
                        """)
                .param("topic", filter.topic() == null ? null : filter.topic().name())
                .param(
                        "stage",
                        filter.lifeStage() == null ? null : filter.lifeStage().name())
                .param("level", filter.level() == null ? null : filter.level().name())
                .param("text", pattern)
                .query(IndicatorRepository::map)
                .list();
    }

    long insert(IndicatorDefinition definition, String actor) {
        long id = jdbc.sql("INSERT INTO indicator (key, created_by, updated_by) VALUES (?, ?, ?) RETURNING id")
                .params(definition.key().value(), actor, actor)
                .query(Long.class)
                .single();
        insertVersion(id, 1, definition, actor);
        return id;
    }

    void insertVersion(long indicatorId, int version, IndicatorDefinition definition, String actor) {
        jdbc.sql("INSERT INTO indicator_version (indicator_id, version, created_by, " + VERSION_COLUMNS + ")"
                        + " VALUES (:id, :version, :actor, " + VERSION_VALUES + ")")
                .paramSource(new VersionParameters(definition)
                        .addValue("id", indicatorId)
                        .addValue("version", version)
                        .addValue("actor", actor))
                .update();
    }

    /** Closes the current version and opens the next one with the new definition. */
    void addVersion(long indicatorId, int currentVersion, IndicatorDefinition definition, String actor) {
        jdbc.sql("UPDATE indicator_version SET valid_to = now() WHERE indicator_id = ? AND version = ?")
                .params(indicatorId, currentVersion)
                .update();
        insertVersion(indicatorId, currentVersion + 1, definition, actor);
        jdbc.sql("UPDATE indicator SET current_version = ? WHERE id = ?")
                .params(currentVersion + 1, indicatorId)
                .update();
    }

    /** Overwrites the current version with a definition that differs only in wording or presentation. */
    void updateVersion(long indicatorId, int version, IndicatorDefinition definition) {
        jdbc.sql("UPDATE indicator_version SET (" + VERSION_COLUMNS + ") = (" + VERSION_VALUES + ")"
                        + " WHERE indicator_id = :id AND version = :version")
                .paramSource(new VersionParameters(definition)
                        .addValue("id", indicatorId)
                        .addValue("version", version))
                .update();
    }

    /** Raises the revision and records which fields the change touched. */
    long recordChange(long indicatorId, List<String> fields, String actor) {
        long revision =
                jdbc.sql("""
                        UPDATE indicator SET revision = revision + 1, updated_at = now(), updated_by = ?
                         WHERE id = ? RETURNING revision""").params(actor, indicatorId).query(Long.class).single();
        jdbc.sql("INSERT INTO indicator_change (indicator_id, revision, changed_by, fields) VALUES (?, ?, ?, ?)")
                .params(indicatorId, revision, actor, String.join(",", fields))
                .update();
        return revision;
    }

    /** The changes after the given revision, oldest first. */
    List<StaleIndicatorException.Change> changesAfter(long indicatorId, long revision) {
        return jdbc.sql("""
                        SELECT revision, changed_at, changed_by, fields FROM indicator_change
                         WHERE indicator_id = ? AND revision > ? ORDER BY revision""")
                .params(indicatorId, revision)
                .query((rs, n) -> new StaleIndicatorException.Change(
                        rs.getLong("revision"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by"),
                        List.of(rs.getString("fields").split(","))))
                .list();
    }

    /** All versions of an indicator, oldest first, each with the fields changed against its predecessor. */
    List<IndicatorVersion> versions(IndicatorKey key) {
        record Row(
                int number,
                java.time.Instant validFrom,
                java.time.Instant validTo,
                String createdBy,
                IndicatorDefinition definition) {}
        List<Row> rows = jdbc.sql("""
                        SELECT i.key, v.version, v.valid_from, v.valid_to, v.created_by,
                               v.name_de, v.name_en, v.short_name_de, v.short_name_en, v.definition, v.interpretation,
                               v.formula_kind, v.formula_numerator, v.formula_denominator, v.formula_factor,
                               v.formula_expression, v.unit, v.decimals, v.source_publisher, v.source_statistic,
                               v.source_table, v.licence, v.attribution, v.reference_date, v.reference_date_note,
                               array_to_string(v.levels, ',') AS levels, v.polarity, v.topic,
                               array_to_string(v.life_stages, ',') AS life_stages, v.kind, v.min_count,
                               v.min_denominator
                          FROM indicator i JOIN indicator_version v ON v.indicator_id = i.id
                         WHERE i.key = ? ORDER BY v.version""")
                .param(key.value())
                .query((rs, n) -> {
                    OffsetDateTime validTo = rs.getObject("valid_to", OffsetDateTime.class);
                    return new Row(
                            rs.getInt("version"),
                            rs.getObject("valid_from", OffsetDateTime.class).toInstant(),
                            validTo == null ? null : validTo.toInstant(),
                            rs.getString("created_by"),
                            definition(rs));
                })
                .list();
        List<IndicatorVersion> versions = new java.util.ArrayList<>();
        IndicatorDefinition previous = null;
        for (Row row : rows) {
            versions.add(new IndicatorVersion(
                    row.number(),
                    row.validFrom(),
                    row.validTo(),
                    row.createdBy(),
                    row.definition(),
                    previous == null ? List.of() : row.definition().changesFrom(previous)));
            previous = row.definition();
        }
        return versions;
    }

    private static Indicator map(ResultSet rs, int n) throws SQLException {
        IndicatorDefinition definition = definition(rs);
        return new Indicator(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getObject("valid_from", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                rs.getLong("revision"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("updated_by"),
                definition);
    }

    private static IndicatorDefinition definition(ResultSet rs) throws SQLException {
        return new IndicatorDefinition(
                new IndicatorKey(rs.getString("key")),
                new LocalizedText(rs.getString("name_de"), rs.getString("name_en")),
                new LocalizedText(rs.getString("short_name_de"), rs.getString("short_name_en")),
                rs.getString("definition"),
                rs.getString("interpretation"),
                formula(rs),
                rs.getString("unit"),
                rs.getInt("decimals"),
                new IndicatorSource(
                        rs.getString("source_publisher"),
                        rs.getString("source_statistic"),
                        rs.getString("source_table")),
                rs.getString("licence"),
                rs.getString("attribution"),
                new ReferenceDateSemantics(
                        ReferenceDateSemantics.Rule.valueOf(rs.getString("reference_date")),
                        rs.getString("reference_date_note")),
                enums(rs.getString("levels"), TerritoryLevel.class),
                Polarity.valueOf(rs.getString("polarity")),
                Topic.valueOf(rs.getString("topic")),
                enums(rs.getString("life_stages"), LifeStage.class),
                IndicatorKind.valueOf(rs.getString("kind")),
                new ConfidentialityRule(
                        rs.getObject("min_count", Integer.class), rs.getObject("min_denominator", Integer.class)));
    }

    private static Formula formula(ResultSet rs) throws SQLException {
        return switch (rs.getString("formula_kind")) {
            case "RAW" -> new Formula.Raw();
            case "RATIO" ->
                new Formula.Ratio(
                        new IndicatorKey(rs.getString("formula_numerator")),
                        new IndicatorKey(rs.getString("formula_denominator")),
                        rs.getBigDecimal("formula_factor"));
            default -> new Formula.Expression(rs.getString("formula_expression"));
        };
    }

    private static <E extends Enum<E>> Set<E> enums(String joined, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (joined != null && !joined.isEmpty()) {
            Arrays.stream(joined.split(","))
                    .map(name -> Enum.valueOf(type, name))
                    .forEach(set::add);
        }
        return set;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The named parameters of a version row. */
    private static final class VersionParameters
            extends org.springframework.jdbc.core.namedparam.MapSqlParameterSource {

        VersionParameters(IndicatorDefinition d) {
            addValue("nameDe", d.name().de());
            addValue("nameEn", d.name().en());
            addValue("shortNameDe", d.shortName().de());
            addValue("shortNameEn", d.shortName().en());
            addValue("definition", d.definition());
            addValue("interpretation", d.interpretation());
            addValue("unit", d.unit());
            addValue("decimals", d.decimals());
            addValue("publisher", d.source().publisher());
            addValue("statistic", d.source().statistic());
            addValue("tableCode", d.source().tableCode());
            addValue("licence", d.licence());
            addValue("attribution", d.attribution());
            addValue("referenceDate", d.referenceDate().rule().name());
            addValue("referenceDateNote", d.referenceDate().note());
            addValue("levels", joined(d.levels()));
            addValue("polarity", d.polarity().name());
            addValue("topic", d.topic().name());
            addValue("lifeStages", joined(d.lifeStages()));
            addValue("kind", d.kind().name());
            addValue("minCount", d.confidentiality().minimumCount());
            addValue("minDenominator", d.confidentiality().minimumDenominator());
            addValue("formulaKind", null);
            addValue("numerator", null);
            addValue("denominator", null);
            addValue("factor", null, java.sql.Types.NUMERIC);
            addValue("expression", null);
            switch (d.formula()) {
                case Formula.Raw raw -> addValue("formulaKind", "RAW");
                case Formula.Ratio ratio -> {
                    addValue("formulaKind", "RATIO");
                    addValue("numerator", ratio.numerator().value());
                    addValue("denominator", ratio.denominator().value());
                    addValue("factor", ratio.factor(), java.sql.Types.NUMERIC);
                }
                case Formula.Expression expression -> {
                    addValue("formulaKind", "EXPRESSION");
                    addValue("expression", expression.text());
                }
            }
        }

        private static String joined(Set<? extends Enum<?>> values) {
            return values.stream().map(Enum::name).collect(Collectors.joining(","));
        }
    }
}
