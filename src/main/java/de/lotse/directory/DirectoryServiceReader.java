package de.lotse.directory;

import de.lotse.indicator.LifeStage;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a whole service with everything that belongs to it: plain SQL, one query per part. */
@Repository
class DirectoryServiceReader {

    private static final String SCHEDULE = """
            SELECT id, service_at_location_id, kind, freq, interval, byday, bymonthday, dtstart, valid_from, valid_to,
                   opens_at, closes_at, skip_school_holidays, skip_public_holidays, holiday_region, attending_type,
                   schedule_link, description, notes, example_data
              FROM directory_schedule
            """;
    private static final String SCHEDULE_ORDER = """
             ORDER BY CASE kind WHEN 'RECURRING' THEN 0 WHEN 'ONE_OFF' THEN 1 ELSE 2 END, dtstart NULLS LAST,
                   valid_from NULLS LAST, opens_at NULLS LAST, byday, id""";

    private final JdbcClient jdbc;

    DirectoryServiceReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredService> find(UUID id) {
        return jdbc.sql("SELECT * FROM directory_service WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Row(rs))
                .optional()
                .map(this::assemble);
    }

    /** The service row, read before its parts. */
    private static final class Row {
        final UUID id;
        final Map<String, Object> values = new HashMap<>();

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.put(meta.getColumnName(i), rs.getObject(i));
            }
        }

        String text(String column) {
            return (String) values.get(column);
        }

        Boolean flag(String column) {
            return (Boolean) values.get(column);
        }

        Integer number(String column) {
            return (Integer) values.get(column);
        }
    }

    private StoredService assemble(Row r) {
        UUID id = r.id;
        Map<String, List<String>> terms = terms(id);
        ServiceDraft content = new ServiceDraft(
                id,
                ((Number) r.values.get("organisation_id")).longValue(),
                r.text("name"),
                r.text("alternate_name"),
                r.text("description"),
                ServiceStatus.ofHsds(r.text("status")),
                r.text("url"),
                r.text("email"),
                r.text("interpretation_services"),
                r.text("application_process"),
                r.text("fees_description"),
                r.flag("free_of_charge"),
                r.text("eligibility_description"),
                r.number("minimum_age"),
                r.number("maximum_age"),
                r.flag("anonymous"),
                r.flag("outreach"),
                r.flag("phone_counselling"),
                r.flag("video_counselling"),
                r.flag("chat_counselling"),
                r.text("alert"),
                r.text("text_language"),
                terms.getOrDefault(Taxonomy.CATEGORIES, List.of()),
                terms.getOrDefault(Taxonomy.AUDIENCES, List.of()),
                terms.getOrDefault(Taxonomy.FIELDS_OF_ACTION, List.of()),
                lifeStages(id),
                languages(id),
                phones("service_id", id),
                contacts("service_id", id),
                areas(id),
                costs(id),
                schedules("service_id", id),
                sites(id),
                translations(id),
                r.flag("example_data"),
                r.text("source_note"));
        Date verified = (Date) r.values.get("last_verified_at");
        return new StoredService(
                id,
                ((Number) r.values.get("version")).longValue(),
                content,
                verified == null ? null : verified.toLocalDate(),
                r.text("last_verified_by"),
                ((java.sql.Timestamp) r.values.get("created_at")).toInstant(),
                ((java.sql.Timestamp) r.values.get("updated_at")).toInstant(),
                r.text("updated_by"));
    }

    private Map<String, List<String>> terms(UUID id) {
        Map<String, List<String>> byTaxonomy = new HashMap<>();
        jdbc.sql("""
                        SELECT x.key, t.code FROM directory_service_term st
                          JOIN directory_taxonomy_term t ON t.id = st.term_id
                          JOIN directory_taxonomy x ON x.id = t.taxonomy_id
                         WHERE st.service_id = ? ORDER BY x.key, t.position, t.code""")
                .param(id)
                .query((rs, n) -> byTaxonomy
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return byTaxonomy;
    }

    private List<LifeStage> lifeStages(UUID id) {
        List<String> codes = jdbc.sql("SELECT life_stage FROM directory_service_life_stage WHERE service_id = ?")
                .param(id)
                .query(String.class)
                .list();
        return java.util.Arrays.stream(LifeStage.values())
                .filter(s -> codes.contains(s.name()))
                .toList();
    }

    private List<ServiceDraft.LanguageDraft> languages(UUID id) {
        return jdbc.sql("SELECT code, note FROM directory_service_language WHERE service_id = ? ORDER BY code")
                .param(id)
                .query((rs, n) -> new ServiceDraft.LanguageDraft(rs.getString("code"), rs.getString("note")))
                .list();
    }

    private List<ServiceDraft.PhoneDraft> phones(String owner, UUID id) {
        return jdbc.sql("SELECT number, extension, type, description, example_data FROM directory_phone WHERE " + owner
                        + " = ? ORDER BY number, id")
                .param(id)
                .query((rs, n) -> phone(rs))
                .list();
    }

    static ServiceDraft.PhoneDraft phone(ResultSet rs) throws SQLException {
        return new ServiceDraft.PhoneDraft(
                rs.getString("number"),
                rs.getString("extension"),
                rs.getString("type"),
                rs.getString("description"),
                rs.getBoolean("example_data"));
    }

    private List<ServiceDraft.ContactDraft> contacts(String owner, UUID id) {
        return jdbc.sql("SELECT name, title, department, email, example_data FROM directory_contact WHERE " + owner
                        + " = ? ORDER BY name NULLS LAST, department NULLS LAST, id")
                .param(id)
                .query((rs, n) -> new ServiceDraft.ContactDraft(
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getString("department"),
                        rs.getString("email"),
                        rs.getBoolean("example_data")))
                .list();
    }

    private List<ServiceDraft.ServiceAreaDraft> areas(UUID id) {
        return jdbc.sql("""
                        SELECT territory_id, name, description FROM directory_service_area WHERE service_id = ?
                         ORDER BY territory_id NULLS LAST, name NULLS LAST, id""")
                .param(id)
                .query((rs, n) -> new ServiceDraft.ServiceAreaDraft(
                        rs.getObject("territory_id", Long.class), rs.getString("name"), rs.getString("description")))
                .list();
    }

    private List<ServiceDraft.CostOptionDraft> costs(UUID id) {
        return jdbc.sql("""
                        SELECT option, amount, currency, amount_description, valid_from, valid_to
                          FROM directory_cost_option WHERE service_id = ? ORDER BY option NULLS LAST, amount, id""")
                .param(id)
                .query((rs, n) -> new ServiceDraft.CostOptionDraft(
                        rs.getString("option"),
                        rs.getObject("amount", BigDecimal.class),
                        rs.getString("currency"),
                        rs.getString("amount_description"),
                        date(rs, "valid_from"),
                        date(rs, "valid_to")))
                .list();
    }

    List<ScheduleDraft> schedules(String owner, UUID id) {
        return jdbc.sql(SCHEDULE + " WHERE " + owner + " = ? " + SCHEDULE_ORDER)
                .param(id)
                .query((rs, n) -> schedule(rs))
                .list();
    }

    private List<ServiceDraft.SiteDraft> sites(UUID id) {
        return jdbc
                .sql("""
                        SELECT s.id, s.location_id, s.description FROM directory_service_at_location s
                          JOIN directory_location l ON l.id = s.location_id
                         WHERE s.service_id = ? ORDER BY lower(l.name), s.id""")
                .param(id)
                .query((rs, n) -> new ServiceDraft.SiteDraft(
                        rs.getObject("id", UUID.class),
                        rs.getObject("location_id", UUID.class),
                        null,
                        rs.getString("description"),
                        List.of(),
                        List.of(),
                        List.of()))
                .list()
                .stream()
                .map(s -> new ServiceDraft.SiteDraft(
                        s.id(),
                        s.locationId(),
                        null,
                        s.description(),
                        schedules("service_at_location_id", s.id()),
                        phones("service_at_location_id", s.id()),
                        contacts("service_at_location_id", s.id())))
                .toList();
    }

    private List<ServiceDraft.TranslationDraft> translations(UUID id) {
        return jdbc.sql("""
                        SELECT field, lang, text FROM directory_translation WHERE entity = 'service' AND entity_id = ?
                         ORDER BY field, lang""")
                .param(id)
                .query((rs, n) -> new ServiceDraft.TranslationDraft(
                        rs.getString("field"), rs.getString("lang"), rs.getString("text")))
                .list();
    }

    static ScheduleDraft schedule(ResultSet rs) throws SQLException {
        String freq = rs.getString("freq");
        String attending = rs.getString("attending_type");
        return new ScheduleDraft(
                ScheduleKind.valueOf(rs.getString("kind")),
                freq == null ? null : ScheduleFrequency.valueOf(freq),
                rs.getInt("interval"),
                rs.getString("byday"),
                rs.getString("bymonthday"),
                date(rs, "dtstart"),
                date(rs, "valid_from"),
                date(rs, "valid_to"),
                time(rs, "opens_at"),
                time(rs, "closes_at"),
                rs.getBoolean("skip_school_holidays"),
                rs.getBoolean("skip_public_holidays"),
                rs.getString("holiday_region"),
                attending == null ? null : AttendingType.valueOf(attending),
                rs.getString("schedule_link"),
                rs.getString("description"),
                rs.getString("notes"),
                rs.getBoolean("example_data"));
    }

    private static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static java.time.LocalTime time(ResultSet rs, String column) throws SQLException {
        Time t = rs.getTime(column);
        return t == null ? null : t.toLocalTime();
    }
}
