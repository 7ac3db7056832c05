package de.lotse.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 15 server (zonky). One server per data directory and JVM; it is stopped when the JVM ends.
 * A persistent data directory is reused on the next start, so data survive restarts.
 */
final class EmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Map<Path, EmbeddedServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    static EmbeddedServer start(Path dataDirectory, boolean persistent) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), dir -> launch(dir, persistent));
    }

    private static EmbeddedServer launch(Path dir, boolean persistent) {
        try {
            Files.createDirectories(dir);
            boolean reused = Files.exists(dir.resolve("PG_VERSION"));
            long started = System.nanoTime();
            String password = persistent ? EmbeddedServerPassword.of(dir) : null;
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(!persistent)
                    .setPort(freePort())
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("listen_addresses", "localhost");
            if (password != null) {
                builder.setConnectConfig("password", password);
            }
            EmbeddedPostgres postgres = builder.start();
            if (password != null) {
                EmbeddedServerPassword.requireIt(dir, postgres.getPort(), password);
            }
            EmbeddedServer server = new EmbeddedServer(postgres, password);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "lotse-embedded-postgres-stop"));
            log.info(
                    "Embedded PostgreSQL started in {} ms on port {} ({} data directory {})",
                    (System.nanoTime() - started) / 1_000_000,
                    postgres.getPort(),
                    reused ? "reusing" : "new",
                    dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL server in " + dir
                            + ". Check that the directory is writable, or set LOTSE_DB_URL to use an external server.",
                    e);
        }
    }

    ServerAddress address() {
        return new ServerAddress(postgres.getJdbcUrl("postgres", "postgres"), "postgres", password);
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
