package de.lotse.indicator;

import de.lotse.territory.TerritoryLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled starter catalogue as declared in {@code bundled/indicator/catalogue.json}: the indicators with their full
 * metadata, and the statistics files to import, each with the mapping of its columns to the raw indicators.
 *
 * @param dataset name of the bundled dataset (the marker in {@code bundled_dataset})
 * @param indicators the indicators, raw ones first, in the order they are created
 * @param files the files to import, in order
 */
record BundledCatalogue(String dataset, List<IndicatorDefinition> indicators, List<BundledFile> files) {

    static final String BASE = "bundled/indicator/";
    static final String RESOURCE = BASE + "catalogue.json";

    /**
     * One statistics file of the bundle and how its columns become indicators.
     *
     * @param file file name below {@code bundled/indicator/}
     * @param mapping its columns
     */
    record BundledFile(String file, ColumnMapping mapping) {}

    /**
     * Reads the catalogue from the class path.
     *
     * @throws IllegalStateException naming the indicator or file and the field if the catalogue is not valid
     */
    static BundledCatalogue load(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return parse(json, json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled catalogue " + RESOURCE + " is missing", e);
        }
    }

    static BundledCatalogue parse(JsonMapper json, JsonNode root) {
        List<IndicatorDefinition> indicators = new ArrayList<>();
        for (JsonNode node : root.path("indicators")) {
            String key = node.path("key").asString();
            try {
                indicators.add(definition(node));
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + ": indicator '" + key + "': " + e.getMessage(), e);
            }
        }
        List<BundledFile> files = new ArrayList<>();
        for (JsonNode node : root.path("files")) {
            String file = node.path("file").asString();
            try {
                files.add(new BundledFile(file, ColumnMapping.fromJson(json, node.toString())));
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + ": file '" + file + "': " + e.getMessage(), e);
            }
        }
        String dataset = root.path("dataset").asString();
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalStateException(RESOURCE + " names no dataset");
        }
        return new BundledCatalogue(dataset, List.copyOf(indicators), List.copyOf(files));
    }

    private static IndicatorDefinition definition(JsonNode n) {
        JsonNode source = n.path("source");
        JsonNode reference = n.path("referenceDate");
        JsonNode confidentiality = n.path("confidentiality");
        return new IndicatorDefinition(
                IndicatorKey.of(n.path("key").asString()),
                text(n.path("name")),
                text(n.path("shortName")),
                string(n, "definition"),
                string(n, "interpretation"),
                formula(n.path("formula")),
                string(n, "unit"),
                n.path("decimals").asInt(),
                new IndicatorSource(
                        string(source, "publisher"), string(source, "statistic"), string(source, "tableCode")),
                string(n, "licence"),
                string(n, "attribution"),
                new ReferenceDateSemantics(
                        ReferenceDateSemantics.Rule.valueOf(string(reference, "rule")), string(reference, "note")),
                levels(n.path("levels")),
                Polarity.valueOf(string(n, "polarity")),
                Topic.valueOf(string(n, "topic")),
                lifeStages(n.path("lifeStages")),
                IndicatorKind.valueOf(string(n, "kind")),
                new ConfidentialityRule(
                        integer(confidentiality, "minimumCount"), integer(confidentiality, "minimumDenominator")));
    }

    private static Formula formula(JsonNode n) {
        return switch (string(n, "kind")) {
            case "RAW" -> new Formula.Raw();
            case "RATIO" ->
                new Formula.Ratio(
                        IndicatorKey.of(string(n, "numerator")),
                        IndicatorKey.of(string(n, "denominator")),
                        new BigDecimal(n.path("factor").asString()));
            case "EXPRESSION" -> new Formula.Expression(string(n, "expression"));
            case null, default -> throw new IllegalArgumentException("formula.kind is RAW, RATIO or EXPRESSION");
        };
    }

    private static LocalizedText text(JsonNode n) {
        return new LocalizedText(string(n, "de"), string(n, "en"));
    }

    private static Set<TerritoryLevel> levels(JsonNode n) {
        Set<TerritoryLevel> levels = EnumSet.noneOf(TerritoryLevel.class);
        n.forEach(level -> levels.add(TerritoryLevel.valueOf(level.asString())));
        return levels;
    }

    private static Set<LifeStage> lifeStages(JsonNode n) {
        Set<LifeStage> stages = EnumSet.noneOf(LifeStage.class);
        n.forEach(stage -> stages.add(LifeStage.valueOf(stage.asString())));
        return stages;
    }

    private static String string(JsonNode n, String field) {
        JsonNode value = n.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode value = n.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asInt();
    }
}
