package de.lotse.directory;

import de.lotse.indicator.LifeStage;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.OrganisationTestData;
import de.lotse.organisation.Organisations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builders for directory tests: taxonomy terms with unique codes (tests do not rely on the seeded vocabularies),
 * places and whole services. Tests of the other directory packages use them too.
 */
public final class DirectoryTestData {

    private DirectoryTestData() {}

    /** Inserts a term with a unique code into a taxonomy (created if missing) and returns the code. */
    public static String term(JdbcClient jdbc, String taxonomyKey, String name) {
        jdbc.sql("""
                        INSERT INTO directory_taxonomy (key, name, description) VALUES (?, ?, 'Test')
                        ON CONFLICT (key) DO NOTHING""").params(taxonomyKey, taxonomyKey).update();
        String code = "test-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 8);
        jdbc.sql("""
                        INSERT INTO directory_taxonomy_term (taxonomy_id, code, name, description, position)
                        SELECT id, ?, ?, 'Testbegriff', 500 FROM directory_taxonomy WHERE key = ?""").params(code, name, taxonomyKey).update();
        return code;
    }

    public static Organisation provider(Organisations organisations, String name) {
        return organisations.create(OrganisationTestData.provider(name));
    }

    /** A school in the town of Peine (52.3215 N, 10.2329 E), municipality assigned from the coordinates. */
    public static LocationDraft school(String name) {
        return location(name, FacilityType.SCHOOL, new BigDecimal("52.321500"), new BigDecimal("10.232900"), null);
    }

    public static LocationDraft location(
            String name, FacilityType type, BigDecimal latitude, BigDecimal longitude, Long territoryId) {
        return new LocationDraft(
                null,
                null,
                name,
                null,
                "Testort",
                LocationType.PHYSICAL,
                type,
                "https://example.org/ort",
                "ort@example.org",
                latitude,
                longitude,
                territoryId,
                null,
                "Teststraße 1",
                null,
                "31224",
                "Peine",
                null,
                null,
                null,
                true,
                null,
                false,
                null,
                null,
                "Rampe am Eingang",
                List.of(new ServiceDraft.PhoneDraft("05171 111", null, "voice", null, true)),
                true,
                "Testdaten");
    }

    /** Every Tuesday 9–12, not in the school holidays. */
    public static ScheduleDraft weekly(String byday, LocalTime opens, LocalTime closes) {
        return new ScheduleDraft(
                ScheduleKind.RECURRING,
                ScheduleFrequency.WEEKLY,
                1,
                byday,
                null,
                LocalDate.of(2026, 1, 6),
                null,
                null,
                opens,
                closes,
                true,
                true,
                "NI",
                AttendingType.WITHOUT_APPOINTMENT,
                null,
                "Offene Sprechstunde",
                null,
                true);
    }

    public static ScheduleDraft oneOff(LocalDate day, LocalTime opens, LocalTime closes) {
        return new ScheduleDraft(
                ScheduleKind.ONE_OFF,
                null,
                1,
                null,
                null,
                day,
                null,
                null,
                opens,
                closes,
                false,
                true,
                "NI",
                AttendingType.BY_APPOINTMENT,
                null,
                null,
                null,
                false);
    }

    public static ScheduleDraft closure(LocalDate from, LocalDate to) {
        return new ScheduleDraft(
                ScheduleKind.CLOSURE,
                null,
                1,
                null,
                null,
                null,
                from,
                to,
                null,
                null,
                false,
                true,
                "NI",
                null,
                null,
                "Urlaub",
                null,
                false);
    }

    /** A small valid service at the given sites with the given categories. */
    public static ServiceDraft service(
            long organisationId, String name, List<String> categories, List<ServiceDraft.SiteDraft> sites) {
        return new ServiceDraft(
                null,
                organisationId,
                name,
                null,
                "Beratung für Familien",
                ServiceStatus.ACTIVE,
                "https://example.org/angebot",
                "beratung@example.org",
                null,
                "Anruf genügt",
                null,
                true,
                null,
                null,
                27,
                false,
                true,
                true,
                false,
                false,
                null,
                "de",
                categories,
                List.of(),
                List.of(),
                List.of(LifeStage.EARLY_HELP),
                List.of(new ServiceDraft.LanguageDraft("de", null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                sites,
                List.of(),
                true,
                "Testdaten");
    }

    public static ServiceDraft.SiteDraft siteAt(UUID locationId, ScheduleDraft... schedules) {
        return new ServiceDraft.SiteDraft(null, locationId, null, null, List.of(schedules), List.of(), List.of());
    }

    public static ServiceDraft.SiteDraft newSite(LocationDraft place, ScheduleDraft... schedules) {
        return new ServiceDraft.SiteDraft(null, null, place, null, List.of(schedules), List.of(), List.of());
    }
}
