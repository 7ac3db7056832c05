package de.lotse.directory.review;

import de.lotse.directory.AttendingType;
import de.lotse.directory.DirectoryTaxonomy;
import de.lotse.directory.FacilityType;
import de.lotse.directory.ScheduleKind;
import de.lotse.directory.ServiceStatus;
import de.lotse.organisation.Organisation;
import de.lotse.organisation.Organisations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The choices of the proposal form: organisations, terms, places, and the labelled values of the enums. */
@Component
class ReviewChoices {

    /** One choice of a select or a group of checkboxes. */
    record Option(String value, String label) {}

    private final DirectoryTaxonomy taxonomy;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    ReviewChoices(DirectoryTaxonomy taxonomy, Organisations organisations, JdbcClient jdbc, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The organisations a user may propose for: all for planners, else the ones they act for. */
    List<Option> organisations(boolean planner, Collection<Long> memberOf) {
        List<Organisation> list = planner
                ? organisations.list()
                : List.copyOf(organisations.findAllById(memberOf).values());
        return list.stream()
                .map(o -> new Option(Long.toString(o.id()), o.name()))
                .toList();
    }

    /** The terms of a taxonomy ({@code lotse-beratung}, {@code lotse-zielgruppe}) by code, labelled. */
    List<Option> terms(String taxonomyKey, Locale locale) {
        return taxonomy.terms(taxonomyKey).stream()
                .map(t -> new Option(t.code(), t.label(locale.getLanguage())))
                .toList();
    }

    /** The places an organisation's proposal may use: its own and the shared ones (no organisation), by name. */
    List<Option> locations(long organisationId) {
        return jdbc.sql("""
                        SELECT id, name, city FROM directory_location
                         WHERE organisation_id = ? OR organisation_id IS NULL
                         ORDER BY lower(name), id""")
                .param(organisationId)
                .query((rs, row) -> new Option(
                        rs.getObject("id", UUID.class).toString(),
                        rs.getString("city") == null
                                ? rs.getString("name")
                                : rs.getString("name") + " (" + rs.getString("city") + ")"))
                .list();
    }

    List<Option> statuses(Locale locale) {
        return labelled(ServiceStatus.values(), "review.status.", locale);
    }

    List<Option> facilityTypes(Locale locale) {
        return labelled(FacilityType.values(), "review.facility.", locale);
    }

    List<Option> scheduleKinds(Locale locale) {
        return labelled(ScheduleKind.values(), "review.kind.", locale);
    }

    List<Option> attendingTypes(Locale locale) {
        return labelled(AttendingType.values(), "review.attending.", locale);
    }

    /** Yes / no (the empty choice "not known" is the template's). */
    List<Option> yesNo(Locale locale) {
        return List.of(
                new Option("true", messages.getMessage("review.yes", null, locale)),
                new Option("false", messages.getMessage("review.no", null, locale)));
    }

    List<Option> weekdays(Locale locale) {
        return ProposalFormRows.WEEKDAYS.stream()
                .map(d -> new Option(d, messages.getMessage("review.weekday." + d, null, locale)))
                .toList();
    }

    /** Every week (empty) or one week of each month. */
    List<Option> weeksOfMonth(Locale locale) {
        List<Option> options = new ArrayList<>();
        for (String w : List.of("1", "2", "3", "4", "-1")) {
            options.add(new Option(w, messages.getMessage("review.weekOfMonth." + w, null, locale)));
        }
        return options;
    }

    private List<Option> labelled(Enum<?>[] values, String prefix, Locale locale) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name(), messages.getMessage(prefix + v.name(), null, locale)))
                .toList();
    }
}
