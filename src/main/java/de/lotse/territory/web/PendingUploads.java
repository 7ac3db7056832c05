package de.lotse.territory.web;

import java.io.IOException;
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
 * Files checked in a dry run on the import page and waiting for the planner to commit them, so the file need not be
 * uploaded twice. Kept in a private temporary directory for at most two hours, bound to the user who uploaded them.
 */
@Component
class PendingUploads {

    private static final Duration LIFETIME = Duration.ofHours(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Pending(Path file, String fileName, String owner, String level, String populationDate, Instant created) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Path directory;

    PendingUploads() throws IOException {
        this.directory = Files.createTempDirectory("lotse-pending-imports");
        this.directory.toFile().deleteOnExit();
    }

    String put(byte[] content, String fileName, String owner, String level, String populationDate) {
        expire();
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        try {
            Path file = directory.resolve(token);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            pending.put(token, new Pending(file, fileName, owner, level, populationDate, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return token;
    }

    /** Takes the pending file out (once); empty if unknown, expired or uploaded by someone else. */
    Optional<Pending> take(String token, String owner) {
        expire();
        if (token == null || !token.matches("[0-9a-f]{36}")) {
            return Optional.empty();
        }
        Pending p = pending.get(token);
        if (p == null || !p.owner().equals(owner)) {
            return Optional.empty();
        }
        pending.remove(token);
        return Optional.of(p);
    }

    byte[] read(Pending p) {
        try {
            byte[] content = Files.readAllBytes(p.file());
            Files.deleteIfExists(p.file());
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void expire() {
        Instant limit = Instant.now().minus(LIFETIME);
        pending.entrySet().removeIf(e -> {
            if (e.getValue().created().isBefore(limit)) {
                try {
                    Files.deleteIfExists(e.getValue().file());
                } catch (IOException ignored) {
                    // the temporary directory is removed on exit anyway
                }
                return true;
            }
            return false;
        });
    }
}
