package de.lotse.planning.web;

import de.lotse.planning.MeasureStatus;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts strategy documents, fields of action, objectives, measures and everything around them with plain SQL, for
 * the tests of the public planning pages. Keys get a random suffix, so tests share the database without clashing.
 * All content is synthetic test input.
 */
final class PlanningPagesTestData {

    private final JdbcClient jdbc;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    PlanningPagesTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key made unique for this builder, e.g. {@code leitlinien-1a2b3c4d}. */
    String key(String base) {
        return base + "-" + suffix;
    }

    long organisation(String base, String name) {
        return jdbc.sql("INSERT INTO organisation (key, name, kind, created_by, updated_by)"
                        + " VALUES (?, ?, 'COUNTY_UNIT', 'test', 'test') RETURNING id")
                .params(key(base), name)
                .query(Long.class)
                .single();
    }

    long body(String base, String name) {
        return jdbc.sql("INSERT INTO body (key, name, kind, created_by, updated_by)"
                        + " VALUES (?, ?, 'COUNCIL', 'test', 'test') RETURNING id")
                .params(key(base), name)
                .query(Long.class)
                .single();
    }

    long aspect(String base, String nameDe, String nameEn) {
        return jdbc.sql("INSERT INTO cross_cutting_aspect (key, name_de, name_en) VALUES (?, ?, ?) RETURNING id")
                .params(key(base), nameDe, nameEn)
                .query(Long.class)
                .single();
    }

    /** A strategy document; returns its id. */
    long strategy(
            String key, String title, String status, Long territoryId, Long bodyId, LocalDate adoptedOn, String paper) {
        return jdbc.sql("""
                        INSERT INTO strategy (key, type, title, territory_id, status, adopted_by_body_id, adopted_on,
                                              decision_paper, source_note, created_by, updated_by)
                        VALUES (?, 'GUIDELINES', ?, ?, ?, ?, ?, ?, 'Testquelle', 'test', 'test') RETURNING id""")
                .params(key, title, territoryId, status, bodyId, adoptedOn, paper)
                .query(Long.class)
                .single();
    }

    void section(long strategyId, int position, String kind, String title, String body) {
        jdbc.sql("INSERT INTO strategy_section (strategy_id, kind, position, title, body) VALUES (?, ?, ?, ?, ?)")
                .params(strategyId, kind, position, title, body)
                .update();
    }

    long field(long strategyId, int position, String code, String title, String situation) {
        return jdbc.sql("INSERT INTO field_of_action (strategy_id, position, code, title, situation)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(strategyId, position, code, title, situation)
                .query(Long.class)
                .single();
    }

    long objective(long fieldId, int position, String code, String title) {
        return jdbc.sql("INSERT INTO objective (field_id, position, code, title) VALUES (?, ?, ?, ?) RETURNING id")
                .params(fieldId, position, code, title)
                .query(Long.class)
                .single();
    }

    void fieldAspect(long fieldId, long aspectId) {
        jdbc.sql("INSERT INTO field_of_action_aspect (field_id, aspect_id) VALUES (?, ?)")
                .params(fieldId, aspectId)
                .update();
    }

    /** Starts a measure of a strategy at a position. */
    Measure measure(long strategyId, int position, String title) {
        return new Measure(strategyId, position, title);
    }

    /** A measure being built; {@link #insert()} writes it and returns its id. */
    final class Measure {
        private final long strategyId;
        private final int position;
        private final String title;
        private String code;
        private Long lead;
        private String leadNote;
        private boolean countyWide = true;
        private LocalDate start;
        private LocalDate deadline;
        private MeasureStatus status = MeasureStatus.PLANNED;
        private int progress;
        private BigDecimal planned;
        private BigDecimal approved;
        private BigDecimal spent;
        private boolean modelTrial;
        private boolean exampleData;
        private String description;

        private Measure(long strategyId, int position, String title) {
            this.strategyId = strategyId;
            this.position = position;
            this.title = title;
        }

        Measure code(String value) {
            code = value;
            return this;
        }

        Measure lead(long organisationId) {
            lead = organisationId;
            return this;
        }

        Measure leadNote(String value) {
            leadNote = value;
            return this;
        }

        Measure localOnly() {
            countyWide = false;
            return this;
        }

        Measure dates(LocalDate startDate, LocalDate deadlineDate) {
            start = startDate;
            deadline = deadlineDate;
            return this;
        }

        Measure status(MeasureStatus value, int percent) {
            status = value;
            progress = percent;
            return this;
        }

        Measure budget(BigDecimal plannedAmount, BigDecimal approvedAmount, BigDecimal spentAmount) {
            planned = plannedAmount;
            approved = approvedAmount;
            spent = spentAmount;
            return this;
        }

        Measure modelTrial() {
            modelTrial = true;
            return this;
        }

        Measure exampleData() {
            exampleData = true;
            return this;
        }

        Measure description(String value) {
            description = value;
            return this;
        }

        long insert() {
            return jdbc.sql("""
                            INSERT INTO measure (strategy_id, position, code, title, description, lead_organisation_id,
                                                 lead_note, county_wide, start_date, deadline, status, progress,
                                                 budget_planned, budget_approved, budget_spent, model_trial,
                                                 example_data, source_note, created_by, updated_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Testquelle', 'test', 'test')
                            RETURNING id""")
                    .params(
                            strategyId,
                            position,
                            code,
                            title,
                            description,
                            lead,
                            leadNote,
                            countyWide,
                            start,
                            deadline,
                            status.name(),
                            progress,
                            planned,
                            approved,
                            spent,
                            modelTrial,
                            exampleData)
                    .query(Long.class)
                    .single();
        }
    }

    void serves(long measureId, Long fieldId, Long objectiveId) {
        if (fieldId != null) {
            jdbc.sql("INSERT INTO measure_field (measure_id, field_id) VALUES (?, ?)")
                    .params(measureId, fieldId)
                    .update();
        }
        if (objectiveId != null) {
            jdbc.sql("INSERT INTO measure_objective (measure_id, objective_id) VALUES (?, ?)")
                    .params(measureId, objectiveId)
                    .update();
        }
    }

    void partner(long measureId, long organisationId, String role) {
        jdbc.sql("INSERT INTO measure_partner (measure_id, organisation_id, role) VALUES (?, ?, ?)")
                .params(measureId, organisationId, role)
                .update();
    }

    void territory(long measureId, long territoryId) {
        jdbc.sql("INSERT INTO measure_territory (measure_id, territory_id) VALUES (?, ?)")
                .params(measureId, territoryId)
                .update();
    }

    void targetGroup(long measureId, int position, String name) {
        jdbc.sql("INSERT INTO measure_target_group (measure_id, position, name) VALUES (?, ?, ?)")
                .params(measureId, position, name)
                .update();
    }

    void lifeStage(long measureId, String lifeStage) {
        jdbc.sql("INSERT INTO measure_life_stage (measure_id, life_stage) VALUES (?, ?)")
                .params(measureId, lifeStage)
                .update();
    }

    void aspect(long measureId, long aspectId) {
        jdbc.sql("INSERT INTO measure_aspect (measure_id, aspect_id) VALUES (?, ?)")
                .params(measureId, aspectId)
                .update();
    }

    void statusReport(long measureId, LocalDate asOf, String author, MeasureStatus status, int progress, String text) {
        jdbc.sql("INSERT INTO measure_status_report (measure_id, as_of, author, status, progress, text)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(measureId, asOf, author, status.name(), progress, text)
                .update();
    }

    void costItem(long measureId, int position, String category, String label, BigDecimal planned) {
        jdbc.sql("INSERT INTO measure_cost_item (measure_id, position, category, label, planned)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(measureId, position, category, label, planned)
                .update();
    }

    void funding(long measureId, String source, String programme, LocalDate from, LocalDate to, BigDecimal share) {
        jdbc.sql("INSERT INTO measure_funding (measure_id, source, programme, period_start, period_end,"
                        + " share_percent) VALUES (?, ?, ?, ?, ?, ?)")
                .params(measureId, source, programme, from, to, share)
                .update();
    }

    void trialSite(long measureId, Long territoryId, Long organisationId, String description) {
        jdbc.sql("INSERT INTO measure_trial_site (measure_id, territory_id, organisation_id, description)"
                        + " VALUES (?, ?, ?, ?)")
                .params(measureId, territoryId, organisationId, description)
                .update();
    }

    void councilPaper(long measureId, String label, String paperNumber) {
        jdbc.sql("INSERT INTO measure_link (measure_id, kind, label, paper_number) VALUES (?, 'COUNCIL_PAPER', ?, ?)")
                .params(measureId, label, paperNumber)
                .update();
    }

    void activity(long measureId, String kind, LocalDate on, String title, Long territoryId) {
        jdbc.sql("INSERT INTO measure_activity (measure_id, kind, on_date, title, territory_id)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(measureId, kind, on, title, territoryId)
                .update();
    }

    void member(String username, long organisationId) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, roles)"
                        + " VALUES (?, ?, '{noop}secret-pw-123', 'PROVIDER')")
                .params(username, username)
                .update();
        jdbc.sql("INSERT INTO organisation_member (organisation_id, username, added_by) VALUES (?, ?, 'test')")
                .params(organisationId, username)
                .update();
    }

    /**
     * The ids and keys of {@link #scenario}: a strategy of Landkreis Peine with two fields of action, the first with two
     * objectives, and four measures.
     */
    record Scenario(
            String strategyKey,
            long strategyId,
            long field1,
            long field2,
            long objective1,
            long objective2,
            long sprachkurse,
            long beratung,
            long jobboerse,
            long ohneFeld,
            String kvhsKey,
            long kvhsId,
            String jobcenterKey,
            String pflegeKey,
            Territory vechelde,
            Territory edemissen) {}

    /**
     * A strategy with four measures (all synthetic):
     *
     * <ul>
     *   <li>Sprachkurse (field 1, objective 1): lead KVHS, partner Jobcenter, in progress 40 %, deadline 31.12.2015
     *       (overdue), budget 10.000 € planned with approved and spent unknown, cost item travel 2.000 € and office
     *       equipment unknown, funding, model trial in Vechelde, council paper, a conference, a status report;
     *   <li>Beratung (field 1, objectives 1 and 2): lead Pflegestützpunkt, done 100 %, deadline 31.12.2015, only in
     *       Vechelde;
     *   <li>Jobbörse (field 2): lead named only as text, planned, deadline 31.12.2099;
     *   <li>Ohne Feld: no field, no lead, postponed, no deadline, only in Edemissen, example data.
     * </ul>
     */
    Scenario scenario(Territories territories) {
        Territory peine = territories.find("03157").orElseThrow();
        List<Territory> gemeinden = territories.children(peine, TerritoryLevel.MUNICIPALITY);
        Territory vechelde = gemeinden.stream()
                .filter(t -> t.name().equals("Vechelde"))
                .findFirst()
                .orElseThrow();
        Territory edemissen = gemeinden.stream()
                .filter(t -> t.name().equals("Edemissen"))
                .findFirst()
                .orElseThrow();
        long kreistag = body("kreistag", "Kreistag Test " + suffix);
        long kvhs = organisation("kvhs", "Kreisvolkshochschule Test " + suffix);
        long jobcenter = organisation("jobcenter", "Jobcenter Test " + suffix);
        long pflege = organisation("pflege", "Pflegestützpunkt Test " + suffix);
        long praevention = aspect("praevention", "Prävention Test", "Prevention test");
        String key = key("leitlinien");
        long strategy = strategy(
                key,
                "Leitlinien Test " + suffix,
                "ADOPTED",
                peine.id(),
                kreistag,
                LocalDate.of(2006, 6, 14),
                "2006/037");
        section(strategy, 1, "PREAMBLE", "Präambel Test", "Erster Absatz.\n\nZweiter Absatz.");
        long field1 = field(strategy, 1, "2.1", "Bildung Test", "Ausgangslage Bildung Test");
        long field2 = field(strategy, 2, "2.2", "Arbeit Test", null);
        fieldAspect(field1, praevention);
        long objective1 = objective(field1, 1, "a", "Sprache fördern Test");
        long objective2 = objective(field1, 2, "b", "Beratung stärken Test");

        long sprachkurse = measure(strategy, 1, "Sprachkurse Test")
                .code("3.1")
                .lead(kvhs)
                .dates(LocalDate.of(2014, 1, 1), LocalDate.of(2015, 12, 31))
                .status(MeasureStatus.IN_PROGRESS, 40)
                .budget(new BigDecimal("10000.00"), null, null)
                .modelTrial()
                .description("Kurse für Eltern Test")
                .insert();
        serves(sprachkurse, null, objective1);
        partner(sprachkurse, jobcenter, "Kooperationspartner");
        targetGroup(sprachkurse, 1, "Familien mit Migrationshintergrund");
        lifeStage(sprachkurse, "KITA");
        lifeStage(sprachkurse, "CRECHE");
        aspect(sprachkurse, praevention);
        statusReport(
                sprachkurse,
                LocalDate.of(2015, 6, 30),
                "planerin",
                MeasureStatus.IN_PROGRESS,
                40,
                "Zwei Kurse laufen Test");
        costItem(sprachkurse, 1, "TRAVEL", "Fahrten Test", new BigDecimal("2000.00"));
        costItem(sprachkurse, 2, "OFFICE_EQUIPMENT", "Büro Test", null);
        funding(
                sprachkurse,
                "Land Niedersachsen Test",
                "Programm Test",
                LocalDate.of(2017, 8, 1),
                LocalDate.of(2020, 7, 31),
                new BigDecimal("50"));
        trialSite(sprachkurse, vechelde.id(), kvhs, "Multiprofessionelles Team Test");
        councilPaper(sprachkurse, "Weiterentwicklung Test", "2014/026");
        activity(sprachkurse, "CONFERENCE", LocalDate.of(2015, 5, 20), "Konferenz Test", vechelde.id());

        long beratung = measure(strategy, 2, "Beratung Test")
                .lead(pflege)
                .localOnly()
                .dates(null, LocalDate.of(2015, 12, 31))
                .status(MeasureStatus.DONE, 100)
                .insert();
        serves(beratung, null, objective1);
        serves(beratung, null, objective2);
        territory(beratung, vechelde.id());

        long jobboerse = measure(strategy, 3, "Jobbörse Test")
                .leadNote("Wirtschaftsförderung Test")
                .dates(null, LocalDate.of(2099, 12, 31))
                .insert();
        serves(jobboerse, field2, null);

        long ohneFeld = measure(strategy, 4, "Ohne Feld Test")
                .localOnly()
                .status(MeasureStatus.POSTPONED, 10)
                .exampleData()
                .insert();
        territory(ohneFeld, edemissen.id());

        return new Scenario(
                key,
                strategy,
                field1,
                field2,
                objective1,
                objective2,
                sprachkurse,
                beratung,
                jobboerse,
                ohneFeld,
                key("kvhs"),
                kvhs,
                key("jobcenter"),
                key("pflege"),
                vechelde,
                edemissen);
    }
}
