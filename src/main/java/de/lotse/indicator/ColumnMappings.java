package de.lotse.indicator;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The saved column mappings of GENESIS tables, one per table code, stored as JSON. */
@Repository
class ColumnMappings {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ColumnMappings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ColumnMapping> find(String tableCode) {
        return jdbc.sql("SELECT mapping::text FROM indicator_import_mapping WHERE table_code = ?")
                .param(tableCode)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    void save(String tableCode, ColumnMapping mapping, String actor) {
        jdbc.sql("""
                        INSERT INTO indicator_import_mapping (table_code, mapping, updated_by)
                        VALUES (?, CAST(? AS jsonb), ?)
                        ON CONFLICT (table_code) DO UPDATE
                        SET mapping = EXCLUDED.mapping, updated_by = EXCLUDED.updated_by, updated_at = now()""").params(tableCode, write(mapping), actor).update();
    }

    private String write(ColumnMapping mapping) {
        return json.writeValueAsString(Map.of(
                "columns",
                mapping.columns().stream()
                        .map(c -> Map.of(
                                "codes",
                                c.codes(),
                                "path",
                                c.path(),
                                "indicator",
                                c.indicator().value()))
                        .toList()));
    }

    private ColumnMapping read(String text) {
        return ColumnMapping.fromJson(json, text);
    }
}
