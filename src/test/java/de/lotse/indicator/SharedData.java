package de.lotse.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Real official files from {@code ../shared/data} (beside the repository) and from the test resources. */
final class SharedData {

    /**
     * {@code ../shared/data} beside the repository; for a git worktree in a folder of worktrees (e.g. {@code
     * wt/<name>}), {@code ../../shared/data}.
     */
    static final Path ROOT = Files.isDirectory(Path.of("..", "shared", "data"))
            ? Path.of("..", "shared", "data")
            : Files.isDirectory(Path.of("..", "..", "shared", "data"))
                    ? Path.of("..", "..", "shared", "data")
                    : Path.of("..", "shared", "data");

    static final String REGIONALSTATISTIK = "stats/regionalstatistik_genesapi-data_2018";
    static final String TRIMMED = REGIONALSTATISTIK + "/trimmed_03157_03354_DERIVED";
    static final String FFCSV_2026 = "genesis-samples/ffcsv-2026_pystatis-test-cassettes";
    static final String FFCSV_OLD_AND_NEW = "genesis-samples/ffcsv-old-vs-new_wahlatlas";

    private SharedData() {}

    /** A real data file; fails with a hint when the shared folder is missing. */
    static Path path(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("The test needs the real data file " + path.toAbsolutePath()
                    + "; clone the project next to its shared/ folder.");
        }
        return path;
    }

    static InputStream open(String relative) {
        try {
            return Files.newInputStream(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a shared folder whose names end with the suffix, sorted by name, as paths relative to ROOT. */
    static List<String> list(String folder, String suffix) {
        try (Stream<Path> files = Files.list(path(folder))) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .map(p -> folder + "/" + p.getFileName())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file from {@code src/test/resources/indicator/}. */
    static InputStream resource(String name) {
        InputStream in = SharedData.class.getResourceAsStream("/indicator/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing test resource indicator/" + name);
        }
        return in;
    }

    static byte[] resourceBytes(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
