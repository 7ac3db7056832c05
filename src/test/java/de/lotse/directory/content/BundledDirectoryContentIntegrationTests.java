package de.lotse.directory.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.directory.DirectoryServices;
import de.lotse.directory.StoredService;
import de.lotse.directory.content.BundledDirectoryModel.Content;
import de.lotse.directory.content.BundledDirectoryModel.LocationItem;
import de.lotse.directory.content.BundledDirectoryModel.ServiceItem;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bundled counselling landscape, loaded by calling the loader in the shared test context (its automatic load is
 * switched off in tests; the bundled territories are loaded there). The bundled planning content is loaded first, as
 * on a real first start, so the services can be linked to its measures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BundledDirectoryContentIntegrationTests {

    private final BundledDirectoryContent content;
    private final DirectoryServices services;
    private final Organisations organisations;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final ApplicationContext context;

    @Autowired
    BundledDirectoryContentIntegrationTests(
            BundledDirectoryContent content,
            DirectoryServices services,
            Organisations organisations,
            Territories territories,
            JdbcClient jdbc,
            ApplicationContext context) {
        this.content = content;
        this.services = services;
        this.organisations = organisations;
        this.territories = territories;
        this.jdbc = jdbc;
        this.context = context;
    }

    private static Content file() {
        return BundledDirectoryReader.bundled().read();
    }

    /**
     * The planning content first (its loader is not part of the planning module's API, so it is called the way the
     * planning module's own test does, through its bean), then the directory content.
     */
    @BeforeEach
    void loaded() throws ReflectiveOperationException {
        synchronized (BundledDirectoryContentIntegrationTests.class) {
            Object planning = context.getBean("bundledPlanningContent");
            Method load = planning.getClass().getDeclaredMethod("load");
            load.setAccessible(true);
            load.invoke(planning);
            content.load();
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void everyServiceOfTheFileIsInTheDirectoryWithItsFixedId() {
        for (ServiceItem item : file().services()) {
            StoredService stored =
                    services.find(BundledDirectoryIds.service(item.key())).orElseThrow();
            assertThat(stored.content().name()).isEqualTo(item.name());
            assertThat(stored.content().sourceNote()).isEqualTo(item.sourceNote());
            assertThat(stored.content().exampleData()).as(item.key()).isEqualTo(item.exampleData());
            assertThat(stored.content().categoryCodes())
                    .as(item.key())
                    .containsExactlyInAnyOrderElementsOf(item.categories());
            assertThat(stored.content().sites()).hasSameSizeAs(item.sites());
            assertThat(organisations
                            .findById(stored.content().organisationId())
                            .orElseThrow()
                            .key())
                    .isEqualTo(item.organisation());
            assertThat(stored.lastVerifiedAt())
                    .as("nobody has checked the entry yet")
                    .isNull();
        }
        assertThat(count("SELECT count(*) FROM bundled_dataset WHERE name = 'directory-peine-beratungslandschaft-v1'"))
                .isOne();
    }

    @Test
    void placesAreExamplesInTheirMunicipality() {
        for (LocationItem item : file().locations()) {
            Map<String, Object> row = jdbc.sql("""
                            SELECT example_data, territory_id, territory_assignment, address_1, postal_code, city
                            FROM directory_location WHERE id = ?""")
                    .param(BundledDirectoryIds.location(item.key()))
                    .query()
                    .singleRow();
            assertThat(row.get("example_data")).as(item.key()).isEqualTo(true);
            assertThat(row.get("territory_id"))
                    .as(item.key() + " lies in " + item.territory())
                    .isEqualTo(territories.find(item.territory()).orElseThrow().id());
            assertThat(row.get("territory_assignment")).isEqualTo("POINT_IN_POLYGON");
            assertThat(row.get("address_1")).as("no invented address").isNull();
            assertThat(row.get("postal_code")).isNull();
            assertThat(row.get("city")).isNull();
        }
    }

    @Test
    void inventedHoursAreMarkedAndNoPhoneOrContactIsInvented() {
        List<UUID> ids = file().services().stream()
                .map(s -> BundledDirectoryIds.service(s.key()))
                .toList();
        UUID[] array = ids.toArray(UUID[]::new);
        long schedules = count("""
                SELECT count(*) FROM directory_schedule sc
                JOIN directory_service_at_location sal ON sal.id = sc.service_at_location_id
                WHERE sal.service_id = ANY (?)""", (Object) array);
        long exampleSchedules = count("""
                SELECT count(*) FROM directory_schedule sc
                JOIN directory_service_at_location sal ON sal.id = sc.service_at_location_id
                WHERE sal.service_id = ANY (?) AND sc.example_data""", (Object) array);
        assertThat(schedules).isEqualTo(exampleSchedules).isGreaterThanOrEqualTo(10);
        assertThat(count("SELECT count(*) FROM directory_phone WHERE service_id = ANY (?)", (Object) array))
                .isZero();
        assertThat(count("SELECT count(*) FROM directory_contact WHERE service_id = ANY (?)", (Object) array))
                .isZero();
        assertThat(count("""
                        SELECT count(*) FROM directory_phone p
                        JOIN directory_service_at_location sal ON sal.id = p.service_at_location_id
                        WHERE sal.service_id = ANY (?)""", (Object) array)).isZero();
    }

    @Test
    void servicesAreLinkedToTheMeasuresTheyImplement() {
        assertThat(measureTitles("dezentrale-sprechstunden-familienberatung"))
                .containsExactlyInAnyOrder(
                        "Dezentrale Beratung an Kitas, Familienzentren und Schulen",
                        "Dezentrale Beratung an Schulen, Kitas und Familienzentren");
        assertThat(measureTitles("kuemmerer-generationenhilfe-hohenhameln"))
                .containsExactly("Modellversuche für Beratung in der Fläche");
        assertThat(measureTitles("beratungsteam-vechelde"))
                .containsExactly("Modellversuche für Beratung in der Fläche");
        assertThat(measureTitles("pflegeberatung-pflegestuetzpunkt"))
                .containsExactly("Beratung zu Nachbarschaftshilfe und örtlicher Versorgung");
        int links =
                file().services().stream().mapToInt(s -> s.measures().size()).sum();
        UUID[] ids = file().services().stream()
                .map(s -> BundledDirectoryIds.service(s.key()))
                .toArray(UUID[]::new);
        assertThat(count("SELECT count(*) FROM directory_service_measure WHERE service_id = ANY (?)", (Object) ids))
                .isEqualTo(links)
                .isGreaterThanOrEqualTo(10);
    }

    private List<String> measureTitles(String serviceKey) {
        return jdbc.sql("""
                        SELECT m.title FROM directory_service_measure sm JOIN measure m ON m.id = sm.measure_id
                        WHERE sm.service_id = ?""")
                .param(BundledDirectoryIds.service(serviceKey))
                .query(String.class)
                .list();
    }

    @Test
    void theSharedPlaceOfSeniorenservicebueroAndPflegestuetzpunktIsOnePlace() {
        UUID place = BundledDirectoryIds.location("beratungsstelle-aeltere-menschen");
        List<String> servicesThere =
                jdbc.sql("""
                        SELECT s.name FROM directory_service_at_location sal JOIN directory_service s
                          ON s.id = sal.service_id WHERE sal.location_id = ?""").param(place).query(String.class).list();
        assertThat(servicesThere)
                .containsExactlyInAnyOrder(
                        "Seniorenberatung im Seniorenservicebüro", "Pflegeberatung im Pflegestützpunkt");
    }

    @Test
    void theDecentralHoursCoverSomeMunicipalitiesAndLeaveOthersOpen() {
        List<String> municipalities = jdbc.sql("""
                        SELECT DISTINCT t.name FROM directory_service_at_location sal
                        JOIN directory_location l ON l.id = sal.location_id JOIN territory t ON t.id = l.territory_id
                        WHERE sal.service_id = ? AND l.facility_type IN ('SCHOOL', 'KITA', 'FAMILY_CENTRE')""")
                .param(BundledDirectoryIds.service("dezentrale-sprechstunden-familienberatung"))
                .query(String.class)
                .list();
        assertThat(municipalities).hasSize(4).doesNotContain("Hohenhameln", "Vechelde", "Ilsede");
    }

    @Test
    void aSecondLoadChangesNothing() {
        long servicesBefore = count("SELECT count(*) FROM directory_service");
        long organisationsBefore = count("SELECT count(*) FROM organisation");
        BundledDirectoryContent.Summary again = content.load();
        assertThat(again.loaded()).isFalse();
        assertThat(count("SELECT count(*) FROM directory_service")).isEqualTo(servicesBefore);
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(organisationsBefore);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'BUNDLED_DIRECTORY_CONTENT_LOADED'"
                        + " AND entity_key = 'directory-peine-beratungslandschaft-v1'"))
                .isOne();
    }

    @Test
    void providersTheDocumentsNameAreOrganisationsOfTheRegister() {
        Map<String, String> kinds = file().organisations().stream()
                .collect(Collectors.toMap(
                        o -> o.key(),
                        o -> organisations.find(o.key()).orElseThrow().kind().name()));
        assertThat(kinds)
                .containsEntry("beratungsteam-vechelde", "PROVIDER")
                .containsEntry("jobcenter-peine", "PUBLIC_AGENCY");
        assertThat(kinds)
                .containsEntry("erziehungslotsen-peine", "PROVIDER")
                .containsEntry("netzwerk-fruehe-hilfen-peine", "PROVIDER");
        assertThat(organisations.find("erziehungslotsen-peine").orElseThrow().providerType())
                .hasToString("VOLUNTEER");
    }

    @Test
    void aBrokenFileLeavesNothingBehind() {
        BundledDirectoryReader broken = new BundledDirectoryReader("directory/bundled-test/broken.json");
        assertThatThrownBy(() -> content.load(broken))
                .isInstanceOf(BundledDirectoryContentException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("content-test-broken-second");
        assertThat(services.find(BundledDirectoryIds.service("content-test-broken-first")))
                .isEmpty();
        assertThat(organisations.find("content-test-traeger-broken")).isEmpty();
        assertThat(count("SELECT count(*) FROM bundled_dataset WHERE name = 'directory-content-test-broken'"))
                .isZero();
    }

    @Test
    void aMeasureWhoseStrategyIsNotInLotseIsLeftOutAndReported() {
        BundledDirectoryContent.Summary summary =
                content.load(new BundledDirectoryReader("directory/bundled-test/without-planning.json"));
        assertThat(summary.loaded()).isTrue();
        assertThat(summary.services()).isOne();
        assertThat(summary.measureLinks()).isZero();
        assertThat(summary.measuresNotFound())
                .containsExactly("content-test-strategie-gibt-es-nicht: Irgendeine Maßnahme");
        StoredService stored = services.find(BundledDirectoryIds.service("content-test-ohne-planung"))
                .orElseThrow();
        assertThat(stored.content().exampleData()).isTrue();
    }
}
