package de.lotse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.organisation.Body;
import de.lotse.organisation.BodyDraft;
import de.lotse.organisation.BodyKind;
import de.lotse.organisation.Organisations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The strategies service on PostgreSQL: documents, sections, fields of action, objectives, aspects, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StrategiesIntegrationTests {

    private final Strategies strategies;
    private final CrossCuttingAspects aspects;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    @Autowired
    StrategiesIntegrationTests(
            Strategies strategies, CrossCuttingAspects aspects, Organisations organisations, JdbcClient jdbc) {
        this.strategies = strategies;
        this.aspects = aspects;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Test
    void createsAnAdoptedStrategyWithItsDecisionAndPredecessor() {
        Strategy old = strategies.create(PlanningTestData.aStrategyDraft(PlanningTestData.unique("alt")));
        Body kreistag = organisations.createBody(
                BodyDraft.of(PlanningTestData.unique("kreistag"), "Kreistag", BodyKind.COUNCIL));
        String key = PlanningTestData.unique("leitbild");
        StrategyDraft draft = new StrategyDraft(
                key,
                StrategyType.MISSION_STATEMENT,
                "Leitbild Integration",
                null,
                null,
                "2006",
                StrategyStatus.ADOPTED,
                new AdoptingDecision(kreistag.id(), LocalDate.of(2006, 6, 14), PaperNumber.of("2006/037")),
                null,
                null,
                null,
                null,
                null,
                old.id(),
                null,
                false,
                List.of(
                        new Section(SectionKind.PREAMBLE, "Einleitung", "Worum es geht."),
                        new Section(SectionKind.PRINCIPLE, "Leitsatz 1", "Teilhabe für alle.")));

        Strategy created = strategies.create(draft);

        Strategy read = strategies.find(key).orElseThrow();
        assertThat(read.id()).isEqualTo(created.id());
        assertThat(read.draft()).isEqualTo(draft);
        assertThat(read.decision().paper().value()).isEqualTo("2006/037");
        assertThat(strategies.find(old.id()).orElseThrow().successorIds()).containsExactly(created.id());
        assertThat(strategies.list()).extracting(Strategy::key).contains(key, old.key());
        assertThat(count("STRATEGY_CREATED", key)).isEqualTo(1);
    }

    @Test
    void refusesATakenKeyAndADraftWithADecision() {
        Strategy existing = strategies.create(PlanningTestData.aStrategyDraft(PlanningTestData.unique("doppelt")));
        assertThatThrownBy(() -> strategies.create(PlanningTestData.aStrategyDraft(existing.key())))
                .isInstanceOf(InvalidPlanningException.class)
                .hasMessageContaining("key");
        StrategyDraft d = PlanningTestData.aStrategyDraft(PlanningTestData.unique("entwurf"));
        StrategyDraft withDecision = new StrategyDraft(
                d.key(),
                d.type(),
                d.title(),
                null,
                null,
                null,
                StrategyStatus.DRAFT,
                new AdoptingDecision(null, LocalDate.of(2014, 1, 1), null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of());
        assertThatThrownBy(() -> strategies.create(withDecision)).hasMessageContaining("decision");
    }

    @Test
    void updatesWithOptimisticLockingAndRefusesAPredecessorLoop() {
        Strategy a = strategies.create(PlanningTestData.aStrategyDraft(PlanningTestData.unique("a")));
        StrategyDraft d = a.draft();
        StrategyDraft adopted = new StrategyDraft(
                d.key(),
                d.type(),
                "Neuer Titel",
                d.subtitle(),
                d.territoryId(),
                d.edition(),
                StrategyStatus.ADOPTED,
                new AdoptingDecision(null, LocalDate.of(2014, 6, 1), null),
                null,
                null,
                null,
                null,
                d.summary(),
                null,
                d.sourceNote(),
                d.exampleData(),
                d.sections());
        Strategy updated = strategies.update(a.id(), a.version(), adopted);
        assertThat(updated.version()).isEqualTo(a.version() + 1);
        assertThatThrownBy(() -> strategies.update(a.id(), a.version(), adopted))
                .isInstanceOf(StalePlanningException.class)
                .satisfies(e -> assertThat(((StalePlanningException) e).changedFields())
                        .containsExactly("title", "status", "decision"));

        Strategy b = strategies.create(PlanningTestData.aStrategyDraft(PlanningTestData.unique("b")));
        StrategyDraft bd = b.draft();
        strategies.update(b.id(), b.version(), withPredecessor(bd, a.id()));
        assertThatThrownBy(() -> strategies.update(a.id(), updated.version(), withPredecessor(adopted, b.id())))
                .isInstanceOf(InvalidPlanningException.class)
                .hasMessageContaining("predecessor");
        assertThat(count("STRATEGY_UPDATED", a.key())).isEqualTo(1);
    }

    @Test
    void addsChangesAndReordersFieldsAndObjectives() {
        CrossCuttingAspect gender = aspects.create(PlanningTestData.unique("gender"), "Gender Mainstreaming", null);
        Strategy s = PlanningTestData.aStrategy(strategies);
        FieldOfAction bildung = s.fields().get(0);
        FieldOfAction arbeit = s.fields().get(1);
        assertThat(bildung.objectives())
                .extracting(Objective::title)
                .containsExactly("Übergänge begleiten", "Sprache fördern");

        Objective first = bildung.objectives().getFirst();
        FieldOfAction changed = strategies.updateField(
                bildung.id(),
                bildung.version(),
                new FieldDraft(
                        "2.1",
                        "Bildung und Sprache",
                        "Neue Ausgangslage",
                        null,
                        List.of(gender.id()),
                        List.of(
                                new ObjectiveDraft(first.id(), "a", "Übergänge gestalten", null, List.of(gender.id())),
                                ObjectiveDraft.of("Eltern beteiligen"))));
        assertThat(changed.title()).isEqualTo("Bildung und Sprache");
        assertThat(changed.aspectIds()).containsExactly(gender.id());
        assertThat(changed.objectives())
                .extracting(Objective::title)
                .containsExactly("Übergänge gestalten", "Sprache fördern", "Eltern beteiligen");
        assertThatThrownBy(() ->
                        strategies.updateField(bildung.id(), bildung.version(), FieldDraft.of("x", null, List.of())))
                .isInstanceOf(StalePlanningException.class)
                .satisfies(e -> assertThat(((StalePlanningException) e).changedFields())
                        .containsExactly("code", "title", "situation", "aspects", "objectives"));

        Strategy reordered = strategies.reorderFields(s.id(), List.of(arbeit.id(), bildung.id()));
        assertThat(reordered.fields()).extracting(FieldOfAction::id).containsExactly(arbeit.id(), bildung.id());
        List<Long> objectiveIds =
                changed.objectives().stream().map(Objective::id).toList().reversed();
        assertThat(strategies.reorderObjectives(bildung.id(), objectiveIds).objectives())
                .extracting(Objective::id)
                .containsExactlyElementsOf(objectiveIds);
        assertThatThrownBy(() -> strategies.reorderFields(s.id(), List.of(arbeit.id())))
                .isInstanceOf(InvalidPlanningException.class);
        assertThat(count("FIELD_OF_ACTION_UPDATED", s.key())).isEqualTo(1);
        assertThat(count("CROSS_CUTTING_ASPECT_CREATED", gender.key())).isEqualTo(1);
        assertThat(aspects.list()).contains(gender);
    }

    private static StrategyDraft withPredecessor(StrategyDraft d, long predecessor) {
        return new StrategyDraft(
                d.key(),
                d.type(),
                d.title(),
                d.subtitle(),
                d.territoryId(),
                d.edition(),
                d.status(),
                d.decision(),
                d.steeringBodyId(),
                d.leadOrganisationId(),
                d.periodStart(),
                d.periodEnd(),
                d.summary(),
                predecessor,
                d.sourceNote(),
                d.exampleData(),
                d.sections());
    }

    private long count(String action, String key) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND entity_key = ?")
                .params(action, key)
                .query(Long.class)
                .single();
    }
}
