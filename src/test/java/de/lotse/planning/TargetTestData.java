package de.lotse.planning;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Formula;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorKind;
import de.lotse.indicator.IndicatorSource;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.ReferenceDateSemantics;
import de.lotse.indicator.Topic;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for targets: a strategy with a field of action, an objective and a measure led by an organisation, an
 * indicator with values, and targets on it. Every call uses keys of its own, so tests never see each other's data.
 */
final class TargetTestData {

    private final JdbcClient jdbc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;
    private final Organisations organisations;

    /** The password of the users {@link #aMemberOf(long)} creates. */
    static final String PASSWORD = "secret-pw-123";

    TargetTestData(JdbcClient jdbc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this(jdbc, catalog, values, territories, null);
    }

    TargetTestData(
            JdbcClient jdbc,
            IndicatorCatalog catalog,
            IndicatorValues values,
            Territories territories,
            Organisations organisations) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.organisations = organisations;
        this.catalog = catalog;
        this.values = values;
    }

    /** A suffix no other test uses. */
    static String unique() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    /** The territory id of the Landkreis Peine (in the test database's territory register). */
    long peine() {
        return territories.find("03157").orElseThrow().id();
    }

    /** A strategy, its fields of action and objectives, and measures. */
    record Plan(
            long strategyId,
            String strategyKey,
            List<Long> fieldIds,
            List<Long> objectiveIds,
            long measureId,
            long organisationId) {}

    /**
     * A strategy with two fields of action ("Arbeit", "Bildung"), one objective in each, and one measure in the first
     * field, led by a new organisation.
     */
    Plan aPlan() {
        String suffix = unique();
        long organisation = jdbc.sql("""
                        INSERT INTO organisation (key, name, kind, example_data, created_by, updated_by)
                        VALUES (?, ?, 'COUNTY_UNIT', TRUE, 'test', 'test') RETURNING id""")
                .params("org-" + suffix, "Fachdienst " + suffix)
                .query(Long.class)
                .single();
        String key = "ziele-" + suffix;
        long strategy = jdbc.sql("""
                        INSERT INTO strategy (key, type, title, status, example_data, created_by, updated_by)
                        VALUES (?, 'GUIDELINES', ?, 'ADOPTED', TRUE, 'test', 'test') RETURNING id""")
                .params(key, "Leitlinien " + suffix)
                .query(Long.class)
                .single();
        List<Long> fields = new ArrayList<>();
        List<Long> objectives = new ArrayList<>();
        String[] titles = {"Arbeit", "Bildung"};
        for (int i = 0; i < titles.length; i++) {
            long field = jdbc.sql("""
                            INSERT INTO field_of_action (strategy_id, position, code, title)
                            VALUES (?, ?, ?, ?) RETURNING id""")
                    .params(strategy, i + 1, "2." + (i + 1), titles[i])
                    .query(Long.class)
                    .single();
            fields.add(field);
            objectives.add(jdbc.sql("""
                            INSERT INTO objective (field_id, position, title) VALUES (?, 1, ?) RETURNING id""")
                    .params(field, "Ziel " + titles[i])
                    .query(Long.class)
                    .single());
        }
        long measure = jdbc.sql("""
                        INSERT INTO measure (strategy_id, position, code, title, lead_organisation_id, deadline,
                                             example_data, created_by, updated_by)
                        VALUES (?, 1, '3.1', ?, ?, DATE '2015-12-31', TRUE, 'test', 'test') RETURNING id""")
                .params(strategy, "Maßnahme " + suffix, organisation)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO measure_field (measure_id, field_id) VALUES (?, ?)")
                .params(measure, fields.getFirst())
                .update();
        return new Plan(strategy, key, List.copyOf(fields), List.copyOf(objectives), measure, organisation);
    }

    /** A new user with the role PROVIDER who acts for the organisation; returns the username. */
    String aMemberOf(long organisationId) {
        String username = aUser("PROVIDER");
        organisations.addMember(organisationId, username);
        return username;
    }

    /** A new user with the role (PLANNER, PROVIDER, …) and the password {@link #PASSWORD}; returns the username. */
    String aUser(String role) {
        String username = role.toLowerCase(Locale.ROOT) + "-" + unique();
        jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, roles)
                        VALUES (?, ?, '{noop}secret-pw-123', ?)""").params(username, "Test " + username, role).update();
        return username;
    }

    /** An indicator in the catalogue with the polarity and confidentiality rule; returns its key. */
    IndicatorKey anIndicator(Polarity polarity, ConfidentialityRule confidentiality) {
        IndicatorKey key = IndicatorKey.of("zielgroesse-" + unique());
        catalog.create(new IndicatorDefinition(
                key,
                new LocalizedText("Quote für Zielgrößen " + key, "Rate for targets " + key),
                new LocalizedText("Zielquote", "Target rate"),
                "Testindikator für Zielgrößen (Beispieldaten)",
                null,
                new Formula.Raw(),
                "Anzahl",
                0,
                new IndicatorSource("Testquelle", "Teststatistik", null),
                null,
                null,
                ReferenceDateSemantics.of(ReferenceDateSemantics.Rule.DECEMBER_31),
                EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY),
                polarity,
                Topic.DEMOGRAPHY,
                Set.of(),
                IndicatorKind.POPULATION_INDICATOR,
                confidentiality));
        return key;
    }

    /** Writes yearly values "2013:30", "2014:32", … of the indicator in the territory. */
    void values(IndicatorKey key, long territoryId, String... yearValues) {
        List<NewValue> batch = new ArrayList<>();
        for (String v : yearValues) {
            String[] parts = v.split(":");
            batch.add(NewValue.of(key, territoryId, Period.parse(parts[0]), new BigDecimal(parts[1])));
        }
        values.write(batch);
    }

    /** A target row of a measure or an objective (exactly one of them non-null); returns its id. */
    long aTarget(
            Long measureId,
            Long objectiveId,
            IndicatorKey key,
            long territoryId,
            TargetKind kind,
            String value,
            LocalDate date,
            String baselineValue,
            String baselinePeriod) {
        return jdbc.sql("""
                        INSERT INTO target (measure_id, objective_id, title, indicator_key, territory_id,
                                            baseline_value, baseline_period, target_kind, target_value, target_date,
                                            created_by, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', 'test') RETURNING id""")
                .params(
                        measureId,
                        objectiveId,
                        "Zielgröße " + key,
                        key.value(),
                        territoryId,
                        baselineValue == null ? null : new BigDecimal(baselineValue),
                        baselinePeriod,
                        kind.name(),
                        new BigDecimal(value),
                        date)
                .query(Long.class)
                .single();
    }
}
