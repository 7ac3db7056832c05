package de.lotse.territory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real official files from {@code ../shared/data} (beside the repository) and from the test resources. */
final class SharedData {

    static final Path ROOT = Path.of("..", "shared", "data");

    private SharedData() {}

    static byte[] file(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("The test needs the real data file " + path.toAbsolutePath()
                    + "; clone the project next to its shared/ folder.");
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (var in = SharedData.class.getResourceAsStream("/territory/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource territory/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
