package de.lotse.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Lotse keeps its data.
 *
 * @param url JDBC URL of an external PostgreSQL server ({@code LOTSE_DB_URL}); empty means "start the embedded server"
 * @param user user for the external server ({@code LOTSE_DB_USER})
 * @param password password for the external server ({@code LOTSE_DB_PASSWORD})
 * @param dataDir directory where the embedded server keeps its files ({@code LOTSE_DATA_DIR}, default {@code ./data})
 * @param freshDatabase create a new, empty database on the server for this application context (used by the test
 *     suite so that every test context starts clean, on the embedded and on an external server alike)
 */
@ConfigurationProperties("lotse.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, boolean freshDatabase) {

    public DatabaseProperties {
        url = url == null ? "" : url.strip();
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    boolean external() {
        return !url.isEmpty();
    }
}
