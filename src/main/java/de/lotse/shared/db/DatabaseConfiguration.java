package de.lotse.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the one {@link DataSource} of the application: an external PostgreSQL server when {@code LOTSE_DB_URL} is
 * set, otherwise the embedded PostgreSQL server whose files live under {@code LOTSE_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) throws IOException, SQLException {
        ServerAddress server;
        if (properties.external()) {
            server = new ServerAddress(properties.url(), properties.user(), properties.password());
            log.info("Using external PostgreSQL at {}", redact(properties.url()));
        } else {
            Path dir = properties.freshDatabase()
                    ? sharedTemporaryDirectory()
                    : properties.dataDir().resolve("postgres");
            EmbeddedServer embedded = EmbeddedServer.start(dir, !properties.freshDatabase());
            server = embedded.address();
        }
        if (properties.freshDatabase()) {
            server = createFreshDatabase(server);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setPoolName("lotse");
        // one multi-row INSERT per JDBC batch instead of one statement per row (imports of 16,000 units)
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    private static Path temporaryDirectory;

    /** One throw-away server directory per JVM, so all test contexts share one embedded server. */
    private static synchronized Path sharedTemporaryDirectory() throws IOException {
        if (temporaryDirectory == null) {
            temporaryDirectory = Files.createTempDirectory("lotse-test-pg");
        }
        return temporaryDirectory;
    }

    private static ServerAddress createFreshDatabase(ServerAddress server) throws SQLException {
        String name = "lotse_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection =
                        java.sql.DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return server.withDatabase(name);
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
