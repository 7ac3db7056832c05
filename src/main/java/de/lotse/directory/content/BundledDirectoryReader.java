package de.lotse.directory.content;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundled counselling landscape from the class path into {@link BundledDirectoryModel} records. Unknown
 * fields and unknown enum values are errors naming the file and the place in it.
 */
final class BundledDirectoryReader {

    /** Where the bundled directory content lives on the class path. */
    static final String BASE = "directory/bundled/";

    static final String FILE = "services.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final String path;

    /** @param path the file on the class path (tests use their own) */
    BundledDirectoryReader(String path) {
        this.path = path;
    }

    /** The bundled file of the product. */
    static BundledDirectoryReader bundled() {
        return new BundledDirectoryReader(BASE + FILE);
    }

    String path() {
        return path;
    }

    BundledDirectoryModel.Content read() {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return JSON.readValue(in, BundledDirectoryModel.Content.class);
        } catch (IOException e) {
            throw new BundledDirectoryContentException(path, null, "the file is missing", e);
        } catch (JacksonException e) {
            throw new BundledDirectoryContentException(
                    path, null, e.getOriginalMessage() + " at " + e.getPathReference(), e);
        }
    }
}
