package de.lotse.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code cross_cutting_aspect}: plain SQL. */
@Repository
class AspectRepository {

    private final JdbcClient jdbc;

    AspectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CrossCuttingAspect> all() {
        return jdbc.sql("SELECT id, key, name_de, name_en, position FROM cross_cutting_aspect ORDER BY position, id")
                .query((rs, n) -> new CrossCuttingAspect(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    boolean keyTaken(String key) {
        return jdbc.sql("SELECT count(*) FROM cross_cutting_aspect WHERE key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(String key, String nameDe, String nameEn) {
        return jdbc.sql("""
                        INSERT INTO cross_cutting_aspect (key, name_de, name_en, position)
                        VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM cross_cutting_aspect))
                        RETURNING id""").params(key, nameDe, nameEn).query(Long.class).single();
    }

    /** How many of these ids are aspects. */
    long countExisting(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM cross_cutting_aspect WHERE id IN (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .single();
    }
}
