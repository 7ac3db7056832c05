package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The measures service on PostgreSQL: create, read, change with optimistic locking, status reports, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeasuresIntegrationTests {

    private final Strategies strategies;
    private final Measures measures;
    private final Organisations organisations;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Autowired
    MeasuresIntegrationTests(
            Strategies strategies,
            Measures measures,
            Organisations organisations,
            Territories territories,
            JdbcClient jdbc) {
        this.strategies = strategies;
        this.measures = measures;
        this.organisations = organisations;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createsAMeasureWithAllDetailsAndReadsItBack() {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        Organisation lead = PlanningTestData.anOrganisation(organisations);
        Organisation partner = PlanningTestData.anOrganisation(organisations);
        Territory vechelde = gemeinde("Vechelde");
        FieldOfAction field = strategy.fields().get(1);
        MeasureDraft draft = new MeasureDraft(
                strategy.id(),
                "3.2",
                "Modellversuch Beratung",
                "Zwei Modelle",
                lead.id(),
                null,
                false,
                LocalDate.of(2014, 6, 1),
                LocalDate.of(2015, 12, 31),
                new Budget(Money.euros(10_000), Money.euros(10_000), null),
                true,
                "Vorlage 2014/026",
                true,
                List.of(field.id()),
                List.of(field.objectives().get(1).id()),
                List.of(new Partner(partner.id(), "Träger des Modellversuchs")),
                List.of(vechelde.id()),
                List.of("Ratsuchende"),
                java.util.Set.of(de.lotse.indicator.LifeStage.WORKING_AGE),
                List.of(),
                List.of(
                        new CostItem(CostCategory.RENT, "Miete", null, null, null),
                        new CostItem(CostCategory.TRAVEL, "Fahrtkosten", Money.euros(2_000), null, null)),
                List.of(new Funding("Landkreis", null, null, null, null, Money.euros(10_000))),
                List.of(new TrialSite(vechelde.id(), partner.id(), "multiprofessionelles Team")),
                List.of(new MeasureLink(LinkKind.COUNCIL_PAPER, "Vorlage", PaperNumber.of("2014/026"), null)),
                List.of(new Activity(ActivityKind.DECISION, LocalDate.of(2014, 5, 1), "Beschluss", null, null, null)));

        Measure created = measures.create(draft);

        Measure read = measures.find(created.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(MeasureStatus.PLANNED);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.draft()).isEqualTo(draft);
        assertThat(read.budget().planned()).isEqualTo(Money.euros(10_000));
        assertThat(read.costItems().getFirst().planned()).isNull();
        assertThat(measures.list(new MeasureFilter(strategy.id(), null, field.id(), null)))
                .extracting(Measure::id)
                .containsExactly(created.id());
        assertThat(measures.list(new MeasureFilter(
                        strategy.id(), null, strategy.fields().getFirst().id(), null)))
                .isEmpty();
        assertThat(audit("MEASURE_CREATED", created.id())).isEqualTo(1);
    }

    @Test
    void refusesReferencesOutsideTheStrategy() {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        Strategy other = PlanningTestData.aStrategy(strategies);
        MeasureDraft draft = PlanningTestData.aMeasureDraft(strategy, null, null);
        MeasureDraft wrong = new MeasureDraft(
                strategy.id(),
                null,
                "Falsch",
                null,
                999_999L,
                null,
                true,
                null,
                null,
                null,
                false,
                null,
                false,
                List.of(other.fields().getFirst().id()),
                List.of(other.objectives().getFirst().id()),
                null,
                null,
                null,
                null,
                List.of(999_999L),
                null,
                null,
                null,
                null,
                null);
        assertThat(draft.problems()).isEmpty();
        assertThatThrownBy(() -> measures.create(wrong))
                .isInstanceOf(InvalidPlanningException.class)
                .satisfies(e -> assertThat(((InvalidPlanningException) e).problems())
                        .extracting(PlanningProblem::field)
                        .containsExactly("fields", "objectives", "lead", "aspects"));
    }

    @Test
    void aStaleUpdateNamesWhoChangedWhichFields() {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        Measure m = PlanningTestData.aMeasure(measures, strategy, null, LocalDate.of(2015, 12, 31));
        signIn("erste-planerin", "PLANNER");
        MeasureDraft first = withTitleAndDeadline(m.draft(), "Neuer Titel", LocalDate.of(2016, 6, 30));
        Measure updated = measures.update(m.id(), m.version(), first);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(measures.update(m.id(), 2, first).version())
                .as("no change, no new version")
                .isEqualTo(2);

        signIn("zweiter-planer", "PLANNER");
        MeasureDraft second = withTitleAndDeadline(m.draft(), "Anderer Titel", m.deadline());
        assertThatThrownBy(() -> measures.update(m.id(), m.version(), second))
                .isInstanceOf(StalePlanningException.class)
                .satisfies(e -> {
                    StalePlanningException stale = (StalePlanningException) e;
                    assertThat(stale.actualVersion()).isEqualTo(2);
                    assertThat(stale.changedFields()).containsExactly("title", "deadline");
                    assertThat(stale.changes().getFirst().changedBy()).isEqualTo("erste-planerin");
                });
        assertThat(measures.find(m.id()).orElseThrow().title()).isEqualTo("Neuer Titel");
        assertThat(audit("MEASURE_UPDATED", m.id())).isEqualTo(1);
    }

    @Test
    void leadOrganisationMembersReportTheirOwnMeasuresOnly() {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        Organisation a = PlanningTestData.anOrganisation(organisations);
        Organisation b = PlanningTestData.anOrganisation(organisations);
        String provider = PlanningTestData.aUser(jdbc, "PROVIDER");
        organisations.addMember(a.id(), provider);
        Measure own = PlanningTestData.aMeasure(measures, strategy, a.id(), null);
        Measure foreign = PlanningTestData.aMeasure(measures, strategy, b.id(), null);

        signIn(provider, "PROVIDER");
        StatusReport report = measures.reportStatus(
                own.id(), StatusReportDraft.of(measures.today(), MeasureStatus.IN_PROGRESS, 30, "Erste Sprechstunden"));
        assertThat(report.author()).isEqualTo(provider);
        assertThatThrownBy(() -> measures.reportStatus(
                        foreign.id(), StatusReportDraft.of(measures.today(), MeasureStatus.IN_PROGRESS, 30, "Fremd")))
                .isInstanceOf(PlanningAccessDeniedException.class);

        Measure after = measures.find(own.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(after.progress()).isEqualTo(30);
        assertThat(after.version()).isEqualTo(own.version() + 1);
        assertThat(measures.changesSince(own.id(), own.version()).getFirst().fields())
                .containsExactly("status", "progress");
        assertThat(measures.statusReports(foreign.id())).isEmpty();
        assertThat(audit("MEASURE_STATUS_REPORTED", own.id())).isEqualTo(1);
    }

    @Test
    void listsOverdueMeasures() {
        Strategy strategy = PlanningTestData.aStrategy(strategies);
        Measure late = PlanningTestData.aMeasure(measures, strategy, null, LocalDate.of(2015, 12, 31));
        Measure future = PlanningTestData.aMeasure(
                measures, strategy, null, measures.today().plusYears(1));
        assertThat(measures.list(new MeasureFilter(strategy.id(), null, null, true)))
                .extracting(Measure::id)
                .containsExactly(late.id());
        assertThat(measures.list(new MeasureFilter(strategy.id(), null, null, false)))
                .extracting(Measure::id)
                .containsExactly(future.id());
        assertThat(measures.list(new MeasureFilter(strategy.id(), MeasureStatus.DONE, null, null)))
                .isEmpty();
    }

    private static MeasureDraft withTitleAndDeadline(MeasureDraft d, String title, LocalDate deadline) {
        return new MeasureDraft(
                d.strategyId(),
                d.code(),
                title,
                d.description(),
                d.leadOrganisationId(),
                d.leadNote(),
                d.countyWide(),
                d.startDate(),
                deadline,
                d.budget(),
                d.modelTrial(),
                d.sourceNote(),
                d.exampleData(),
                d.fieldIds(),
                d.objectiveIds(),
                d.partners(),
                d.territoryIds(),
                d.targetGroups(),
                d.lifeStages(),
                d.aspectIds(),
                d.costItems(),
                d.funding(),
                d.trialSites(),
                d.links(),
                d.activities());
    }

    private Territory gemeinde(String name) {
        Territory county = territories.homeCounty().orElseThrow();
        return territories.children(county, TerritoryLevel.MUNICIPALITY).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private long audit(String action, long measureId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND entity_key = ?")
                .params(action, Long.toString(measureId))
                .query(Long.class)
                .single();
    }

    static void signIn(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }
}
