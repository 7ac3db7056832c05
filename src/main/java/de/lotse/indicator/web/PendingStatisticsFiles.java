package de.lotse.indicator.web;

import de.lotse.indicator.ColumnMapping;
import de.lotse.indicator.StatisticsImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Statistics files checked in a dry run on the import page, kept so that the planner can map their columns and commit
 * them without uploading them again. Stored in a private temporary directory for at most two hours, bound to the user
 * who uploaded them.
 */
@Component
class PendingStatisticsFiles {

    private static final Duration LIFETIME = Duration.ofHours(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A checked file.
     *
     * @param report the report of the last dry run, {@code null} before the first
     * @param mapping the mapping the planner chose on the page, or {@code null}
     */
    record Pending(
            Path file,
            String fileName,
            String owner,
            boolean importValidRows,
            StatisticsImportReport report,
            ColumnMapping mapping,
            Instant created) {

        Pending checked(StatisticsImportReport dryRun, ColumnMapping chosen) {
            return new Pending(file, fileName, owner, importValidRows, dryRun, chosen, created);
        }
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Path directory;

    PendingStatisticsFiles() throws IOException {
        this.directory = Files.createTempDirectory("lotse-pending-statistics");
        this.directory.toFile().deleteOnExit();
    }

    /** Stores the upload (streamed, so memory stays bounded); returns the token that names it. */
    String put(InputStream content, String fileName, String owner, boolean importValidRows) {
        expire();
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Path file = directory.resolve(token);
        try (content) {
            Files.copy(content, file);
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.put(token, new Pending(file, fileName, owner, importValidRows, null, null, Instant.now()));
        return token;
    }

    /** The pending file; empty if unknown, expired or uploaded by someone else. */
    Optional<Pending> find(String token, String owner) {
        expire();
        if (token == null || !token.matches("[0-9a-f]{36}")) {
            return Optional.empty();
        }
        Pending p = pending.get(token);
        return p == null || !p.owner().equals(owner) ? Optional.empty() : Optional.of(p);
    }

    /** Replaces the state of a pending file, e.g. after the planner chose a mapping. */
    void update(String token, Pending changed) {
        pending.computeIfPresent(token, (t, p) -> changed);
    }

    /** Opens the stored content for another run of the importer. */
    InputStream open(Pending p) {
        try {
            return Files.newInputStream(p.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of the stored file in bytes. */
    long size(Pending p) {
        try {
            return Files.size(p.file());
        } catch (IOException e) {
            return 0;
        }
    }

    /** Forgets the file and deletes its content. */
    void discard(String token) {
        Pending p = pending.remove(token);
        if (p != null) {
            delete(p.file());
        }
    }

    private void expire() {
        Instant limit = Instant.now().minus(LIFETIME);
        pending.entrySet().removeIf(e -> {
            if (e.getValue().created().isBefore(limit)) {
                delete(e.getValue().file());
                return true;
            }
            return false;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temporary directory is removed on exit anyway
        }
    }
}
