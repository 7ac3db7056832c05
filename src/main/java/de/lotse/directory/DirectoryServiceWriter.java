package de.lotse.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a whole service (the row and everything that belongs to it) in the caller's transaction: plain SQL. */
@Repository
class DirectoryServiceWriter {

    private final JdbcClient jdbc;

    DirectoryServiceWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM directory_service WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean siteExists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM directory_service_at_location WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Long> lock(UUID id) {
        return jdbc.sql("SELECT version FROM directory_service WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
    }

    void insert(UUID id, ServiceDraft d, String actor) {
        jdbc.sql("""
                        INSERT INTO directory_service (id, organisation_id, name, alternate_name, description, status,
                               url, email, interpretation_services, application_process, fees_description,
                               free_of_charge, eligibility_description, minimum_age, maximum_age, anonymous, outreach,
                               phone_counselling, video_counselling, chat_counselling, alert, text_language,
                               example_data, source_note, created_by, updated_by)
                        VALUES (:id, :organisationId, :name, :alternateName, :description, :status, :url, :email,
                               :interpretation, :application, :fees, :free, :eligibility, :minimumAge, :maximumAge,
                               :anonymous, :outreach, :phone, :video, :chat, :alert, :textLanguage, :example,
                               :sourceNote, :actor, :actor)""").params(params(id, d, actor)).update();
    }

    void update(UUID id, ServiceDraft d, String actor) {
        jdbc.sql("""
                        UPDATE directory_service
                           SET organisation_id = :organisationId, name = :name, alternate_name = :alternateName,
                               description = :description, status = :status, url = :url, email = :email,
                               interpretation_services = :interpretation, application_process = :application,
                               fees_description = :fees, free_of_charge = :free, eligibility_description = :eligibility,
                               minimum_age = :minimumAge, maximum_age = :maximumAge, anonymous = :anonymous,
                               outreach = :outreach, phone_counselling = :phone, video_counselling = :video,
                               chat_counselling = :chat, alert = :alert, text_language = :textLanguage,
                               example_data = :example, source_note = :sourceNote, version = version + 1,
                               updated_at = now(), updated_by = :actor
                         WHERE id = :id""").params(params(id, d, actor)).update();
    }

    void setStatus(UUID id, ServiceStatus status, String actor) {
        jdbc.sql("""
                        UPDATE directory_service SET status = ?, version = version + 1, updated_at = now(), updated_by = ?
                         WHERE id = ?""").params(status.hsds(), actor, id).update();
    }

    void verify(UUID id, java.time.LocalDate day, String actor) {
        jdbc.sql("UPDATE directory_service SET last_verified_at = ?, last_verified_by = ? WHERE id = ?")
                .params(day, actor, id)
                .update();
    }

    /** Replaces the parts owned by the service itself (not its sites). Terms keep their HSDS attribute ids. */
    void replaceParts(UUID id, ServiceDraft d, Map<UUID, TermLinkType> terms) {
        jdbc.sql("DELETE FROM directory_service_term WHERE service_id = :id AND NOT (term_id IN (:terms))")
                .param("id", id)
                .param("terms", terms.isEmpty() ? List.of(UUID.randomUUID()) : terms.keySet())
                .update();
        terms.forEach((termId, link) ->
                jdbc.sql("""
                        INSERT INTO directory_service_term (service_id, term_id, link_type) VALUES (?, ?, ?)
                        ON CONFLICT (service_id, term_id) DO UPDATE SET link_type = excluded.link_type""").params(id, termId, link.stored()).update());
        jdbc.sql("DELETE FROM directory_service_life_stage WHERE service_id = ?")
                .param(id)
                .update();
        d.lifeStages().stream().distinct().forEach(stage -> jdbc.sql(
                        "INSERT INTO directory_service_life_stage (service_id, life_stage) VALUES (?, ?)")
                .params(id, stage.name())
                .update());
        jdbc.sql("DELETE FROM directory_service_language WHERE service_id = ?")
                .param(id)
                .update();
        d.languages().forEach(l -> jdbc.sql(
                        "INSERT INTO directory_service_language (service_id, code, note) VALUES (?, ?, ?)")
                .params(id, l.code().strip(), DraftProblems.strip(l.note()))
                .update());
        jdbc.sql("DELETE FROM directory_service_area WHERE service_id = ?")
                .param(id)
                .update();
        d.areas().forEach(a -> jdbc.sql(
                        "INSERT INTO directory_service_area (service_id, territory_id, name, description) VALUES (?, ?, ?, ?)")
                .params(id, a.territoryId(), DraftProblems.strip(a.name()), DraftProblems.strip(a.description()))
                .update());
        jdbc.sql("DELETE FROM directory_cost_option WHERE service_id = ?")
                .param(id)
                .update();
        d.costOptions().forEach(c -> jdbc.sql("""
                        INSERT INTO directory_cost_option (service_id, option, amount, currency, amount_description,
                               valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        DraftProblems.strip(c.option()),
                        c.amount(),
                        c.currency() == null || c.currency().isBlank()
                                ? "EUR"
                                : c.currency().strip(),
                        DraftProblems.strip(c.amountDescription()),
                        c.validFrom(),
                        c.validTo())
                .update());
        jdbc.sql("DELETE FROM directory_translation WHERE entity = 'service' AND entity_id = ?")
                .param(id)
                .update();
        d.translations().forEach(t -> jdbc.sql(
                        "INSERT INTO directory_translation (entity, entity_id, field, lang, text) VALUES ('service', ?, ?, ?, ?)")
                .params(id, t.field().strip(), t.lang().strip(), t.text().strip())
                .update());
        replaceOwned("service_id", id, d.schedules(), d.phones(), d.contacts());
    }

    /** The current sites of a service: location id → site id. */
    Map<UUID, UUID> sitesByLocation(UUID serviceId) {
        Map<UUID, UUID> sites = new HashMap<>();
        jdbc.sql("SELECT location_id, id FROM directory_service_at_location WHERE service_id = ?")
                .param(serviceId)
                .query((rs, n) -> sites.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        return sites;
    }

    void insertSite(UUID siteId, UUID serviceId, UUID locationId, String description) {
        jdbc.sql("""
                        INSERT INTO directory_service_at_location (id, service_id, location_id, description)
                        VALUES (?, ?, ?, ?)""")
                .params(siteId, serviceId, locationId, DraftProblems.strip(description))
                .update();
    }

    void updateSite(UUID siteId, String description) {
        jdbc.sql("UPDATE directory_service_at_location SET description = ? WHERE id = ?")
                .params(DraftProblems.strip(description), siteId)
                .update();
    }

    void deleteSite(UUID siteId) {
        jdbc.sql("DELETE FROM directory_service_at_location WHERE id = ?")
                .param(siteId)
                .update();
    }

    /** Replaces the schedules, phones and contacts of one owner (a service or a site). */
    void replaceOwned(
            String owner,
            UUID id,
            List<ScheduleDraft> schedules,
            List<ServiceDraft.PhoneDraft> phones,
            List<ServiceDraft.ContactDraft> contacts) {
        for (String table : List.of("directory_schedule", "directory_phone", "directory_contact")) {
            jdbc.sql("DELETE FROM " + table + " WHERE " + owner + " = ?")
                    .param(id)
                    .update();
        }
        schedules.forEach(s -> insertSchedule(owner, id, s));
        phones.forEach(p -> jdbc.sql("INSERT INTO directory_phone (" + owner
                        + ", number, extension, type, description, example_data) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        p.number().strip(),
                        DraftProblems.strip(p.extension()),
                        DraftProblems.strip(p.type()),
                        DraftProblems.strip(p.description()),
                        p.exampleData())
                .update());
        contacts.forEach(c -> jdbc.sql("INSERT INTO directory_contact (" + owner
                        + ", name, title, department, email, example_data) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        DraftProblems.strip(c.name()),
                        DraftProblems.strip(c.title()),
                        DraftProblems.strip(c.department()),
                        DraftProblems.strip(c.email()),
                        c.exampleData())
                .update());
    }

    private void insertSchedule(String owner, UUID id, ScheduleDraft s) {
        jdbc.sql("INSERT INTO directory_schedule (" + owner + """
                        , kind, freq, interval, byday, bymonthday, dtstart, valid_from, valid_to, opens_at,
                               closes_at, skip_school_holidays, skip_public_holidays, holiday_region, attending_type,
                               schedule_link, description, notes, example_data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        s.kind().name(),
                        s.freq() == null ? null : s.freq().name(),
                        s.interval(),
                        s.byday() == null || s.byday().isBlank()
                                ? null
                                : s.byday().strip().toUpperCase(java.util.Locale.ROOT),
                        DraftProblems.strip(s.bymonthday()),
                        s.dtstart(),
                        s.validFrom(),
                        s.validTo(),
                        s.opensAt(),
                        s.closesAt(),
                        s.skipSchoolHolidays(),
                        s.skipPublicHolidays(),
                        s.holidayRegion(),
                        s.attendingType() == null ? null : s.attendingType().name(),
                        DraftProblems.strip(s.scheduleLink()),
                        DraftProblems.strip(s.description()),
                        DraftProblems.strip(s.notes()),
                        s.exampleData())
                .update();
    }

    private static Map<String, Object> params(UUID id, ServiceDraft d, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("organisationId", d.organisationId());
        p.put("name", d.name().strip());
        p.put("alternateName", DraftProblems.strip(d.alternateName()));
        p.put("description", DraftProblems.strip(d.description()));
        p.put("status", d.status().hsds());
        p.put("url", DraftProblems.strip(d.url()));
        p.put("email", DraftProblems.strip(d.email()));
        p.put("interpretation", DraftProblems.strip(d.interpretationServices()));
        p.put("application", DraftProblems.strip(d.applicationProcess()));
        p.put("fees", DraftProblems.strip(d.feesDescription()));
        p.put("free", d.freeOfCharge());
        p.put("eligibility", DraftProblems.strip(d.eligibilityDescription()));
        p.put("minimumAge", d.minimumAge());
        p.put("maximumAge", d.maximumAge());
        p.put("anonymous", d.anonymous());
        p.put("outreach", d.outreach());
        p.put("phone", d.phoneCounselling());
        p.put("video", d.videoCounselling());
        p.put("chat", d.chatCounselling());
        p.put("alert", DraftProblems.strip(d.alert()));
        p.put("textLanguage", d.textLanguage().strip());
        p.put("example", d.exampleData());
        p.put("sourceNote", DraftProblems.strip(d.sourceNote()));
        p.put("actor", actor);
        return p;
    }
}
