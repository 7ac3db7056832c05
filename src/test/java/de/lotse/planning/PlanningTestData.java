package de.lotse.planning;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationDraft;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.Organisations;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the planning module, created through its services: strategies with fields of action and objectives,
 * measures, organisations and users. Keys and names are unique per call (the test database is shared).
 */
public final class PlanningTestData {

    /** The password of users made by {@link #aUser}. */
    public static final String PASSWORD = "secret-pw-123";

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() & 0xffffff);

    private PlanningTestData() {}

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(COUNTER.incrementAndGet(), 36);
    }

    /** A guideline document with two fields of action of two objectives each. */
    public static Strategy aStrategy(Strategies strategies) {
        Strategy strategy = strategies.create(aStrategyDraft(unique("leitlinien")));
        strategies.addField(
                strategy.id(),
                FieldDraft.of(
                        "Bildung",
                        "Ausgangslage Bildung",
                        List.of(ObjectiveDraft.of("Übergänge begleiten"), ObjectiveDraft.of("Sprache fördern"))));
        strategies.addField(
                strategy.id(),
                FieldDraft.of(
                        "Arbeit",
                        "Ausgangslage Arbeit",
                        List.of(ObjectiveDraft.of("Qualifizierung stärken"), ObjectiveDraft.of("Ehrenamt würdigen"))));
        return strategies.find(strategy.id()).orElseThrow();
    }

    public static StrategyDraft aStrategyDraft(String key) {
        return new StrategyDraft(
                key,
                StrategyType.GUIDELINES,
                "Leitlinien " + key,
                null,
                null,
                "2014",
                StrategyStatus.DRAFT,
                AdoptingDecision.UNKNOWN,
                null,
                null,
                null,
                null,
                "Beispiel",
                null,
                "Testdaten",
                true,
                List.of(new Section(SectionKind.PREAMBLE, "Präambel", "Warum es die Leitlinien gibt.")));
    }

    /** A measure of the strategy in its first field and first objective, with a lead and a deadline. */
    public static Measure aMeasure(Measures measures, Strategy strategy, Long leadOrganisationId, LocalDate deadline) {
        return measures.create(aMeasureDraft(strategy, leadOrganisationId, deadline));
    }

    public static MeasureDraft aMeasureDraft(Strategy strategy, Long leadOrganisationId, LocalDate deadline) {
        FieldOfAction field = strategy.fields().getFirst();
        return new MeasureDraft(
                strategy.id(),
                "3." + COUNTER.incrementAndGet() % 100,
                unique("Beratung"),
                "Beratung in allen Gemeinden",
                leadOrganisationId,
                null,
                true,
                LocalDate.of(2014, 1, 1),
                deadline,
                new Budget(Money.euros(10_000), null, null),
                false,
                null,
                true,
                List.of(field.id()),
                List.of(field.objectives().getFirst().id()),
                List.of(),
                List.of(),
                List.of("Familien"),
                null,
                List.of(),
                List.of(new CostItem(CostCategory.TRAVEL, "Fahrtkosten", null, null, null)),
                List.of(),
                List.of(),
                List.of(new MeasureLink(LinkKind.COUNCIL_PAPER, "Vorlage", PaperNumber.of("2014/026"), null)),
                List.of());
    }

    public static Organisation anOrganisation(Organisations organisations) {
        String key = unique("traeger");
        return organisations.create(OrganisationDraft.of(key, "Träger " + key, OrganisationKind.PROVIDER));
    }

    /** A user with the role (e.g. PROVIDER) and {@link #PASSWORD}; the username is returned. */
    public static String aUser(JdbcClient jdbc, String role) {
        String username = unique(role.toLowerCase(java.util.Locale.ROOT));
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, roles) VALUES (?, ?, ?, ?)")
                .params(username, "Test " + username, "{noop}" + PASSWORD, role)
                .update();
        return username;
    }
}
