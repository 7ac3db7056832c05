package de.lotse.planning;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the files of the bundled planning content from the class path into {@link BundledPlanningModel} records.
 * Unknown fields and unknown enum values are errors naming the file and the place in it.
 */
final class BundledPlanningReader {

    /** Where the bundled content lives on the class path. */
    static final String BASE = "bundled/planning/";

    static final String INDEX = "content.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final String base;

    /** @param base folder on the class path, ending in '/' (tests use their own) */
    BundledPlanningReader(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    BundledPlanningModel.Index index() {
        return read(INDEX, BundledPlanningModel.Index.class);
    }

    BundledPlanningModel.OrganisationsFile organisations(String file) {
        return read(file, BundledPlanningModel.OrganisationsFile.class);
    }

    BundledPlanningModel.AspectsFile aspects(String file) {
        return read(file, BundledPlanningModel.AspectsFile.class);
    }

    BundledPlanningModel.StrategyItem strategy(String file) {
        return read(file, BundledPlanningModel.StrategyItem.class);
    }

    private <T> T read(String file, Class<T> type) {
        try (InputStream in = new ClassPathResource(base + file).getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new BundledPlanningContentException(base + file, null, "the file is missing", e);
        } catch (JacksonException e) {
            throw new BundledPlanningContentException(
                    base + file, null, e.getOriginalMessage() + " at " + e.getPathReference(), e);
        }
    }
}
