package de.lotse.directory.content;

import de.lotse.account.Actors;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of the bundled content that the directory's write API does not cover: the marker and measure links. */
@Component
class BundledDirectoryWriter {

    static final String ACTOR = Actors.SYSTEM;

    private final JdbcClient jdbc;

    BundledDirectoryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean datasetLoaded(String dataset) {
        return jdbc.sql("SELECT count(*) FROM bundled_dataset WHERE name = ?")
                        .param(dataset)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markLoaded(String dataset) {
        jdbc.sql("INSERT INTO bundled_dataset (name) VALUES (?)").param(dataset).update();
    }

    boolean serviceExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM directory_service WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean locationExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM directory_location WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Links the service to the planning measure it implements; an existing link is kept. */
    boolean linkMeasure(UUID serviceId, long measureId) {
        return jdbc.sql("""
                        INSERT INTO directory_service_measure (service_id, measure_id, linked_by) VALUES (?, ?, ?)
                        ON CONFLICT (service_id, measure_id) DO NOTHING""").params(serviceId, measureId, ACTOR).update() > 0;
    }
}
