package de.lotse.directory;

import static de.lotse.directory.Drafts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Writing and reading whole services: round trip, every validation problem, atomicity, site ids, stale updates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@WithMockUser(username = "planerin", roles = "PLANNER")
@Import(DirectoryServicesIntegrationTests.Events.class)
class DirectoryServicesIntegrationTests {

    /** Collects the published directory events. */
    @TestConfiguration
    static class Events {
        static final List<DirectoryChanged> received = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(DirectoryChanged event) {
            received.add(event);
        }
    }

    private final DirectoryServices services;
    private final DirectoryLocations locations;
    private final Organisations organisations;
    private final Territories territories;
    private final JdbcClient jdbc;
    private Organisation provider;
    private String category;
    private String otherCategory;
    private String audience;

    @Autowired
    DirectoryServicesIntegrationTests(
            DirectoryServices services,
            DirectoryLocations locations,
            Organisations organisations,
            Territories territories,
            JdbcClient jdbc) {
        this.services = services;
        this.locations = locations;
        this.organisations = organisations;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void setUp() {
        provider = DirectoryTestData.provider(organisations, "Beratungsträger Test");
        category = DirectoryTestData.term(jdbc, Taxonomy.CATEGORIES, "Testberatung");
        otherCategory = DirectoryTestData.term(jdbc, Taxonomy.CATEGORIES, "Andere Testberatung");
        audience = DirectoryTestData.term(jdbc, Taxonomy.AUDIENCES, "Testfamilien");
    }

    private ServiceDraft fullDraft() {
        ServiceDraft d = DirectoryTestData.service(
                provider.id(),
                "Erziehungsberatung Test",
                List.of(category),
                List.of(DirectoryTestData.newSite(
                        DirectoryTestData.school("Grundschule Test"),
                        DirectoryTestData.weekly("TU", LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        DirectoryTestData.oneOff(LocalDate.of(2026, 3, 3), LocalTime.of(14, 0), LocalTime.of(16, 0)),
                        DirectoryTestData.closure(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 14)))));
        d = with(d, "audienceCodes", List.of(audience));
        d = with(
                d,
                "languages",
                List.of(
                        new ServiceDraft.LanguageDraft("de", null),
                        new ServiceDraft.LanguageDraft("tr", "nach Absprache")));
        d = with(d, "phones", List.of(new ServiceDraft.PhoneDraft("05171 401-0", "12", "voice", "Zentrale", true)));
        d = with(d, "contacts", List.of(new ServiceDraft.ContactDraft("A. Muster", "Beraterin", null, null, true)));
        long peine = territories.find("03157").orElseThrow().id();
        d = with(d, "areas", List.of(new ServiceDraft.ServiceAreaDraft(peine, null, null)));
        d = with(
                d,
                "costOptions",
                List.of(new ServiceDraft.CostOptionDraft(
                        "Kurs", new BigDecimal("12.50"), "EUR", "je Termin", null, null)));
        d = with(d, "translations", List.of(new ServiceDraft.TranslationDraft("name", "en", "Parenting advice")));
        return d;
    }

    @Test
    void createsAndReadsAWholeServiceWithEveryIdFilledIn() {
        Events.received.clear();
        StoredService created = services.create(fullDraft(), "planerin");

        StoredService found = services.find(created.id()).orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.updatedBy()).isEqualTo("planerin");
        ServiceDraft c = found.content();
        assertThat(c.id()).isEqualTo(created.id());
        assertThat(c.name()).isEqualTo("Erziehungsberatung Test");
        assertThat(c.categoryCodes()).containsExactly(category);
        assertThat(c.audienceCodes()).containsExactly(audience);
        assertThat(c.languages()).extracting(ServiceDraft.LanguageDraft::code).containsExactly("de", "tr");
        assertThat(c.phones())
                .singleElement()
                .extracting(ServiceDraft.PhoneDraft::number)
                .isEqualTo("05171 401-0");
        assertThat(c.costOptions().getFirst().amount()).isEqualByComparingTo("12.50");
        assertThat(c.translations())
                .singleElement()
                .extracting(ServiceDraft.TranslationDraft::text)
                .isEqualTo("Parenting advice");
        assertThat(c.sites()).hasSize(1);
        ServiceDraft.SiteDraft site = c.sites().getFirst();
        assertThat(site.id()).isNotNull();
        assertThat(site.locationId()).isNotNull();
        assertThat(site.newLocation()).isNull();
        assertThat(site.schedules())
                .extracting(ScheduleDraft::kind)
                .containsExactly(ScheduleKind.RECURRING, ScheduleKind.ONE_OFF, ScheduleKind.CLOSURE);
        assertThat(site.schedules().getFirst().skipSchoolHolidays()).isTrue();

        StoredLocation place = locations.find(site.locationId()).orElseThrow();
        assertThat(place.territoryAssignment()).isEqualTo(TerritoryAssignment.POINT_IN_POLYGON);
        assertThat(territories.findById(place.territoryId()).orElseThrow().ags().value())
                .isEqualTo("03157006");

        assertThat(jdbc.sql("SELECT count(*) FROM directory_metadata WHERE resource_id = ? AND field_name = 'name'")
                        .param(created.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_key = ?")
                        .param(created.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(Events.received).contains(new DirectoryChanged(java.util.Set.of(created.id())));
    }

    @Test
    void theChangeLogIsReadableAndKeepsNoPersonalData() {
        StoredService created = services.create(fullDraft(), "planerin");
        ServiceDraft changed = with(created.content(), "contacts", List.of());
        changed = with(changed, "phones", List.of());
        changed = with(changed, "email", "neu@example.org");
        changed = with(changed, "status", ServiceStatus.INACTIVE);

        services.update(created.id(), 1, changed, "planer2");

        List<String> values =
                jdbc.sql("""
                        SELECT field_name || '=' || previous_value || '->' || replacement_value
                          FROM directory_metadata WHERE resource_id = ?""").param(created.id()).query(String.class).list();
        assertThat(String.join("\n", values))
                .doesNotContain(
                        "A. Muster", "05171 401-0", "beratung@example.org", "neu@example.org", "Draft[", "ACTIVE");
        assertThat(values)
                .contains("contacts=->", "phones=->", "email=->", "status=active->inactive")
                .anySatisfy(v -> assertThat(v).startsWith("languages=").contains("code: tr, note: nach Absprache"));
    }

    @Test
    void storedContentSavedAgainChangesNothingAndKeepsSiteIds() {
        StoredService created = services.create(fullDraft(), "planerin");

        StoredService again = services.update(created.id(), 1, created.content(), "planer2");

        assertThat(again.version()).isEqualTo(2);
        assertThat(again.content()).isEqualTo(created.content());
        assertThat(jdbc.sql("SELECT count(*) FROM directory_metadata WHERE resource_id = ? AND resource_version = 2")
                        .param(created.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSiteAtTheSamePlaceKeepsItsIdAndRemovedSitesGo() {
        StoredLocation other = locations.create(DirectoryTestData.school("Oberschule Test"), "planerin");
        StoredService created = services.create(fullDraft(), "planerin");
        ServiceDraft.SiteDraft first = created.content().sites().getFirst();

        ServiceDraft.SiteDraft changedHours = new ServiceDraft.SiteDraft(
                null,
                first.locationId(),
                null,
                "Raum 12",
                List.of(DirectoryTestData.weekly("WE", LocalTime.of(8, 0), LocalTime.of(10, 0))),
                List.of(),
                List.of());
        ServiceDraft draft = with(
                created.content(),
                "sites",
                List.of(
                        DirectoryTestData.siteAt(
                                other.id(), DirectoryTestData.weekly("MO", LocalTime.of(9, 0), LocalTime.of(11, 0))),
                        changedHours));
        StoredService updated = services.update(created.id(), 1, draft, "planerin");

        assertThat(updated.content().sites()).hasSize(2);
        ServiceDraft.SiteDraft same = updated.content().sites().stream()
                .filter(s -> s.locationId().equals(first.locationId()))
                .findFirst()
                .orElseThrow();
        assertThat(same.id()).isEqualTo(first.id());
        assertThat(same.description()).isEqualTo("Raum 12");
        assertThat(same.schedules())
                .singleElement()
                .extracting(ScheduleDraft::byday)
                .isEqualTo("WE");

        StoredService onlyOther = services.update(
                created.id(),
                2,
                with(
                        updated.content(),
                        "sites",
                        updated.content().sites().stream()
                                .filter(s -> s.locationId().equals(other.id()))
                                .toList()),
                "planerin");
        assertThat(onlyOther.content().sites())
                .singleElement()
                .extracting(ServiceDraft.SiteDraft::locationId)
                .isEqualTo(other.id());
        assertThat(jdbc.sql("SELECT count(*) FROM directory_schedule WHERE service_at_location_id = ?")
                        .param(first.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaleUpdateNamesTheChangedFieldsAndWhoChangedThem() {
        StoredService created = services.create(fullDraft(), "planerin");
        services.update(
                created.id(),
                1,
                with(with(created.content(), "name", "Neuer Name"), "categoryCodes", List.of(category, otherCategory)),
                "kollege");

        assertThatThrownBy(
                        () -> services.update(created.id(), 1, with(created.content(), "description", "x"), "planerin"))
                .isInstanceOfSatisfying(StaleServiceException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                    assertThat(e.changes())
                            .extracting(StaleServiceException.Change::field)
                            .containsExactlyInAnyOrder("name", "categoryCodes");
                    assertThat(e.changedBy()).containsExactly("kollege");
                });
        assertThat(services.find(created.id()).orElseThrow().content().description())
                .isEqualTo("Beratung für Familien");
    }

    @Test
    void everyProblemIsNamedWithItsPathAndNothingIsWritten() {
        ServiceDraft bad = fullDraft();
        bad = with(bad, "name", "  ");
        bad = with(bad, "organisationId", -5L);
        bad = with(bad, "categoryCodes", List.of(category, "gibt-es-nicht"));
        bad = with(bad, "audienceCodes", List.of(category));
        bad = with(bad, "minimumAge", 30);
        bad = with(bad, "maximumAge", 20);
        bad = with(bad, "languages", List.of(new ServiceDraft.LanguageDraft("xx", null)));
        bad = with(bad, "textLanguage", "deutsch");
        bad = with(bad, "alternateName", "a".repeat(301));
        bad = with(bad, "url", "javascript:alert(1)");
        LocationDraft abroad = DirectoryTestData.location(
                "Paris", FacilityType.OTHER, new BigDecimal("48.85"), new BigDecimal("2.35"), null);
        ScheduleDraft endsEarly = DirectoryTestData.closure(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 1));
        ScheduleDraft closesEarly = DirectoryTestData.weekly("TU", LocalTime.of(12, 0), LocalTime.of(9, 0));
        ScheduleDraft noDay = DirectoryTestData.weekly(null, LocalTime.of(9, 0), LocalTime.of(10, 0));
        ScheduleDraft badDay = DirectoryTestData.weekly("Dienstag", LocalTime.of(9, 0), LocalTime.of(10, 0));
        ScheduleDraft noStart =
                with(DirectoryTestData.weekly("TU", LocalTime.of(9, 0), LocalTime.of(10, 0)), "dtstart", null);
        List<ServiceDraft.SiteDraft> sites = new ArrayList<>(bad.sites());
        sites.add(DirectoryTestData.newSite(abroad, endsEarly, closesEarly, noDay, badDay, noStart));
        bad = with(bad, "sites", sites);
        long servicesBefore = count("directory_service");
        long placesBefore = count("directory_location");

        ServiceDraft invalid = bad;
        assertThatThrownBy(() -> services.create(invalid, "planerin"))
                .isInstanceOfSatisfying(InvalidServiceException.class, e -> assertThat(e.problems())
                        .extracting(DirectoryProblem::path, DirectoryProblem::messageKey)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("name", "directory.problem.required"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "organisationId", "directory.problem.organisation.unknown"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "categoryCodes[1]", "directory.problem.term.unknown"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "audienceCodes[0]", "directory.problem.term.unknown"),
                                org.assertj.core.groups.Tuple.tuple("maximumAge", "directory.problem.age.order"),
                                org.assertj.core.groups.Tuple.tuple("languages[0].code", "directory.problem.language"),
                                org.assertj.core.groups.Tuple.tuple("textLanguage", "directory.problem.language"),
                                org.assertj.core.groups.Tuple.tuple("alternateName", "directory.problem.too-long"),
                                org.assertj.core.groups.Tuple.tuple("url", "directory.problem.url"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "sites[1].newLocation.longitude", "directory.problem.coordinates.germany"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "sites[1].schedules[0].validTo", "directory.problem.ends-before-start"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "sites[1].schedules[1].closesAt", "directory.problem.closes-before-opens"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "sites[1].schedules[2].byday", "directory.problem.byday.required"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "sites[1].schedules[3].byday", "directory.problem.byday.weekly"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "sites[1].schedules[4].dtstart", "directory.problem.required")));
        assertThat(count("directory_service")).isEqualTo(servicesBefore);
        assertThat(count("directory_location")).isEqualTo(placesBefore);
    }

    @Test
    void aFailingUpdateLeavesTheServiceAsItWas() {
        StoredService created = services.create(fullDraft(), "planerin");
        ServiceDraft bad = with(created.content(), "name", "Geändert");
        bad = with(
                bad,
                "sites",
                List.of(
                        DirectoryTestData.newSite(DirectoryTestData.school("Neue Schule")),
                        DirectoryTestData.siteAt(UUID.randomUUID())));
        ServiceDraft invalid = bad;

        assertThatThrownBy(() -> services.update(created.id(), 1, invalid, "planerin"))
                .isInstanceOfSatisfying(InvalidServiceException.class, e -> assertThat(e.problems())
                        .extracting(DirectoryProblem::path)
                        .containsExactly("sites[1].locationId"));
        assertThat(services.find(created.id()).orElseThrow()).isEqualTo(created);
    }

    @Test
    void verifyAndStatus() {
        StoredService created = services.create(fullDraft(), "planerin");
        StoredService verified = services.verify(created.id(), "pruefer");
        assertThat(verified.lastVerifiedAt()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
        assertThat(verified.lastVerifiedBy()).isEqualTo("pruefer");
        assertThat(verified.version()).isEqualTo(1);

        StoredService closed = services.setStatus(created.id(), ServiceStatus.TEMPORARILY_CLOSED, "planerin");
        assertThat(closed.content().status()).isEqualTo(ServiceStatus.TEMPORARILY_CLOSED);
        assertThat(closed.version()).isEqualTo(2);
        assertThatThrownBy(() -> services.verify(UUID.randomUUID(), "x"))
                .isInstanceOf(UnknownDirectoryEntryException.class);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
