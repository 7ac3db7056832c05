package de.lotse.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The embedded server of a persistent installation requires a password: a random one generated on the first start,
 * kept next to the data directory in {@code postgres-password} (readable by its owner only), and {@code pg_hba.conf}
 * switched from {@code trust} to {@code scram-sha-256}, so other local users cannot bypass Lotse (and its audit
 * trail) by connecting to the database directly.
 */
final class EmbeddedServerPassword {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Pattern TRUST = Pattern.compile("\\btrust\\s*$");

    private EmbeddedServerPassword() {}

    /** The password of the server in this data directory, created on first use. */
    static String of(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().getParent().resolve("postgres-password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 32; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            Files.writeString(file, password + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions apply
            }
            return password.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database password file " + file, e);
        }
    }

    /**
     * Sets the password and switches the server to password authentication if it still trusts every local
     * connection (a new data directory, or one created by an earlier version of Lotse).
     */
    static void requireIt(Path dataDirectory, int port, String password) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            String config = Files.readString(hba);
            boolean trusting = config.lines()
                    .anyMatch(l -> !l.startsWith("#") && TRUST.matcher(l).find());
            if (!trusting) {
                return;
            }
            try (Connection connection = DriverManager.getConnection(
                            "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
                    Statement statement = connection.createStatement()) {
                // the password is generated from a fixed alphabet, so it can be written into the statement
                statement.execute("ALTER ROLE postgres WITH PASSWORD '" + password + "'");
                String secured = config.lines()
                        .map(l -> l.startsWith("#") ? l : TRUST.matcher(l).replaceAll("scram-sha-256"))
                        .collect(Collectors.joining("\n", "", "\n"));
                Files.writeString(hba, secured);
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot secure the embedded database in " + dataDirectory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the password of the embedded database", e);
        }
    }
}
