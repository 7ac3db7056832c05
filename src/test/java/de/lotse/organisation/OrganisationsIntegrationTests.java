package de.lotse.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.territory.Territories;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The register of organisations and bodies: validation, optimistic locking, references, memberships, audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@WithMockUser(username = "planerin", roles = "PLANNER")
class OrganisationsIntegrationTests {

    private final Organisations organisations;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Autowired
    OrganisationsIntegrationTests(Organisations organisations, Territories territories, JdbcClient jdbc) {
        this.organisations = organisations;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    @Test
    void createsAnOrganisationWithAllFieldsAndRecordsIt() {
        long peine = territories.find("03157").orElseThrow().id();
        OrganisationDraft d = OrganisationTestData.provider("  Familienzentrum Test  ");
        OrganisationDraft draft = new OrganisationDraft(
                d.key(),
                d.name(),
                "FZ",
                d.kind(),
                d.providerType(),
                null,
                peine,
                d.description(),
                d.website(),
                d.email(),
                d.phone(),
                true,
                "Testquelle");

        Organisation created = organisations.create(draft);

        assertThat(created.name()).isEqualTo("Familienzentrum Test");
        assertThat(created.displayName()).isEqualTo("FZ");
        assertThat(created.kind()).isEqualTo(OrganisationKind.PROVIDER);
        assertThat(created.providerType()).isEqualTo(ProviderType.NON_PROFIT);
        assertThat(created.territoryId()).isEqualTo(peine);
        assertThat(created.exampleData()).isTrue();
        assertThat(created.sourceNote()).isEqualTo("Testquelle");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.updatedBy()).isEqualTo("planerin");
        assertThat(organisations.find(d.key())).contains(created);
        assertThat(organisations.findById(created.id())).contains(created);
        assertThat(organisations.findAllById(List.of(created.id(), -1L))).containsOnlyKeys(created.id());
        assertThat(audit("organisation", d.key())).containsExactly("ORGANISATION_CREATED");
    }

    @Test
    void refusesInvalidFieldsNamingEach() {
        OrganisationDraft invalid = new OrganisationDraft(
                "Kein Schlüssel",
                " ",
                "x".repeat(101),
                null,
                null,
                null,
                null,
                null,
                "ftp://x",
                "keine-mail",
                "1".repeat(61),
                false,
                null);

        assertThatThrownBy(() -> organisations.create(invalid))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::field)
                        .containsExactly("key", "name", "shortName", "kind", "website", "email", "phone"));
        assertThatThrownBy(
                        () -> organisations.create(OrganisationDraft.of("neu", "Reserviert", OrganisationKind.OTHER)))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("key.reserved"));
        assertThat(organisations.find("neu")).isEmpty();
    }

    @Test
    void refusesATakenKeyAndUnknownReferences() {
        Organisation first = organisations.create(OrganisationTestData.provider("Erster Träger"));
        OrganisationDraft same = OrganisationDraft.of(first.key(), "Zweiter", OrganisationKind.CLUB);
        assertThatThrownBy(() -> organisations.create(same))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("key.taken"));

        OrganisationDraft orphan = OrganisationTestData.unit("Waise", -42L);
        OrganisationDraft nowhere = new OrganisationDraft(
                orphan.key(),
                "Nirgendwo",
                null,
                OrganisationKind.OTHER,
                null,
                -42L,
                -7L,
                null,
                null,
                null,
                null,
                false,
                null);
        assertThatThrownBy(() -> organisations.create(nowhere))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("parent.unknown", "territory.unknown"));
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() {
        Organisation created = organisations.create(OrganisationTestData.provider("Träger A"));
        OrganisationDraft renamed = withName(created, "Träger A (neu)");

        Organisation updated = organisations.update(created.key(), 1, renamed);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.name()).isEqualTo("Träger A (neu)");

        assertThatThrownBy(() -> organisations.update(created.key(), 1, withName(created, "Verloren")))
                .isInstanceOfSatisfying(StaleOrganisationException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(organisations.find(created.key()).orElseThrow().name()).isEqualTo("Träger A (neu)");
        assertThat(audit("organisation", created.key()))
                .containsExactly("ORGANISATION_CREATED", "ORGANISATION_UPDATED");
        assertThat(jdbc.sql("""
                        SELECT details->>'fields' FROM audit_event
                         WHERE entity_type = 'organisation' AND entity_key = ? AND action = 'ORGANISATION_UPDATED'""").param(created.key()).query(String.class).single())
                .contains("name");
        assertThatThrownBy(() -> organisations.update("gibt-es-nicht", 1, renamed))
                .isInstanceOf(UnknownOrganisationException.class);
    }

    @Test
    void aParentMustExistNotBeItselfAndMakeNoCycle() {
        Organisation county = organisations.create(OrganisationTestData.unit("Kreisverwaltung Test", null));
        Organisation unit = organisations.create(OrganisationTestData.unit("Fachdienst Test", county.id()));
        Organisation team = organisations.create(OrganisationTestData.unit("Team Test", unit.id()));
        assertThat(organisations.subUnits(county.id())).containsExactly(unit);

        OrganisationDraft self = OrganisationDraft.of(county);
        assertThatThrownBy(() -> organisations.update(county.key(), 1, withParent(self, county.id())))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("parent.self"));
        assertThatThrownBy(() -> organisations.update(county.key(), 1, withParent(self, team.id())))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("parent.cycle"));
        assertThat(organisations.find(county.key()).orElseThrow().parentId()).isNull();
    }

    @Test
    void addsAndRemovesUsersWhoActForAnOrganisationWithAuditEntries() {
        Organisation provider = organisations.create(OrganisationTestData.provider("Träger mit Benutzern"));
        String user = OrganisationTestData.user(jdbc, "PROVIDER");

        organisations.addMember(provider.id(), user);
        organisations.addMember(provider.id(), user);
        assertThat(organisations.members(provider.id())).containsExactly(user);
        assertThat(organisations.isMember(user, provider.id())).isTrue();
        assertThat(organisations.organisationIdsOf(user)).containsExactly(provider.id());

        organisations.removeMember(provider.id(), user);
        organisations.removeMember(provider.id(), user);
        assertThat(organisations.members(provider.id())).isEmpty();
        assertThat(organisations.isMember(user, provider.id())).isFalse();
        assertThat(audit("organisation", provider.key()))
                .containsExactly("ORGANISATION_CREATED", "ORGANISATION_MEMBER_ADDED", "ORGANISATION_MEMBER_REMOVED");

        assertThatThrownBy(() -> organisations.addMember(provider.id(), "niemand-" + user))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("username.unknown"));
        assertThatThrownBy(() -> organisations.addMember(-1, user)).isInstanceOf(UnknownOrganisationException.class);
    }

    @Test
    void bodiesHaveMemberOrganisationsWithRoles() {
        Organisation convenor = organisations.create(OrganisationTestData.unit("Leitstelle Test", null));
        Organisation member = organisations.create(OrganisationTestData.provider("Mitgliedsträger"));
        BodyDraft draft = OrganisationTestData.body("Steuerungsgruppe Test", BodyKind.STEERING_GROUP);
        Body body = organisations.createBody(
                new BodyDraft(draft.key(), draft.name(), "SG", draft.kind(), null, convenor.id(), "Test", false, null));
        assertThat(body.convenorId()).isEqualTo(convenor.id());

        organisations.setBodyMembers(
                body.id(), List.of(new BodyMember(member.id(), "Mitglied"), new BodyMember(convenor.id(), null)));
        assertThat(organisations.bodyMembers(body.id()))
                .containsExactlyInAnyOrder(
                        new BodyMember(member.id(), "Mitglied"), new BodyMember(convenor.id(), null));
        assertThat(organisations.bodyIdsOf(member.id())).containsExactly(body.id());
        assertThat(organisations.bodyMemberships(member.id())).containsExactly(new BodyMembership(body, "Mitglied"));

        assertThatThrownBy(() -> organisations.setBodyMembers(
                        body.id(), List.of(new BodyMember(member.id(), "A"), new BodyMember(member.id(), "B"))))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("members.duplicate"));
        assertThatThrownBy(() -> organisations.setBodyMembers(body.id(), List.of(new BodyMember(-5, null))))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("members.unknown"));
        // refused changes leave the members as they were
        assertThat(organisations.bodyMembers(body.id())).hasSize(2);
        assertThat(audit("body", body.key())).containsExactly("BODY_CREATED", "BODY_MEMBERS_SET");
    }

    @Test
    void aBodyIsChangedWithItsMembersInOneSaveAndAStaleSaveIsRefused() {
        Organisation member = organisations.create(OrganisationTestData.provider("Netzwerkträger"));
        BodyDraft draft = OrganisationTestData.body("Netzwerk Test", BodyKind.NETWORK);
        Body body = organisations.createBody(draft, List.of(new BodyMember(member.id(), "Koordination")));
        assertThat(organisations.bodyMembers(body.id())).containsExactly(new BodyMember(member.id(), "Koordination"));

        Body updated = organisations.updateBody(
                body.key(),
                1,
                new BodyDraft(null, "Netzwerk Test (neu)", null, BodyKind.NETWORK, null, null, null, false, null),
                List.of());
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.key()).isEqualTo(body.key());
        assertThat(organisations.bodyMembers(body.id())).isEmpty();

        assertThatThrownBy(() -> organisations.updateBody(body.key(), 1, draft))
                .isInstanceOf(StaleOrganisationException.class);
        assertThatThrownBy(() -> organisations.createBody(BodyDraft.of(body.key(), "Doppelt", BodyKind.OTHER)))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("key.taken"));
        assertThatThrownBy(() -> organisations.createBody(new BodyDraft(
                        OrganisationTestData.uniqueKey("g"),
                        "Ohne Einberufer",
                        null,
                        BodyKind.OTHER,
                        null,
                        -3L,
                        null,
                        false,
                        null)))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.problems())
                        .extracting(OrganisationDraft.FieldProblem::code)
                        .containsExactly("convenor.unknown"));
        assertThat(audit("body", body.key()))
                .containsExactly("BODY_CREATED", "BODY_MEMBERS_SET", "BODY_UPDATED", "BODY_MEMBERS_SET");
    }

    private List<String> audit(String type, String key) {
        return jdbc.sql("SELECT action FROM audit_event WHERE entity_type = ? AND entity_key = ? ORDER BY id")
                .params(type, key)
                .query(String.class)
                .list();
    }

    private static OrganisationDraft withName(Organisation o, String name) {
        OrganisationDraft d = OrganisationDraft.of(o);
        return new OrganisationDraft(
                d.key(),
                name,
                d.shortName(),
                d.kind(),
                d.providerType(),
                d.parentId(),
                d.territoryId(),
                d.description(),
                d.website(),
                d.email(),
                d.phone(),
                d.exampleData(),
                d.sourceNote());
    }

    private static OrganisationDraft withParent(OrganisationDraft d, Long parentId) {
        return new OrganisationDraft(
                d.key(),
                d.name(),
                d.shortName(),
                d.kind(),
                d.providerType(),
                parentId,
                d.territoryId(),
                d.description(),
                d.website(),
                d.email(),
                d.phone(),
                d.exampleData(),
                d.sourceNote());
    }
}
