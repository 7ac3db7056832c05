package de.lotse.directory.web;

import de.lotse.directory.DirectoryLocations;
import de.lotse.directory.DirectoryServiceQueries;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.ServiceListFilter;
import de.lotse.directory.ServiceListRow;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.StoredService;
import de.lotse.directory.Taxonomy;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The directory as a table for planners, CSV (UTF-8 with BOM, ';') or XLSX: one row per service and place (a service
 * without places gets one row). Cells cannot run as spreadsheet formulas: in the CSV a leading = + - @ gets a quote;
 * XLSX cells are typed text cells.
 */
@Component
class DirectoryExport {

    static final List<String> COLUMNS = List.of(
            "service",
            "organisation",
            "status",
            "categories",
            "audiences",
            "place",
            "facilityType",
            "ags",
            "municipality",
            "address",
            "hours",
            "languages",
            "stepFreeAccess",
            "accessibleToilet",
            "inductionLoop",
            "signLanguage",
            "easyLanguage",
            "lastVerifiedAt",
            "exampleData",
            "serviceId",
            "siteId");

    private final DirectoryServices services;
    private final DirectoryServiceQueries queries;
    private final DirectoryLocations locations;
    private final Territories territories;
    private final DirectoryFormChoices choices;
    private final DirectoryFormat format;
    private final MessageSource messages;

    DirectoryExport(
            DirectoryServices services,
            DirectoryServiceQueries queries,
            DirectoryLocations locations,
            Territories territories,
            DirectoryFormChoices choices,
            DirectoryFormat format,
            MessageSource messages) {
        this.services = services;
        this.queries = queries;
        this.locations = locations;
        this.territories = territories;
        this.choices = choices;
        this.format = format;
        this.messages = messages;
    }

    /** Every row of the export, as cell values (String, LocalDate or null). */
    List<List<Object>> rows(Locale locale) {
        Map<String, String> categories = labels(Taxonomy.CATEGORIES, locale);
        Map<String, String> audiences = labels(Taxonomy.AUDIENCES, locale);
        List<List<Object>> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<ServiceListRow> page =
                    queries.services(ServiceListFilter.all(), offset, 500).rows();
            for (ServiceListRow r : page) {
                services.find(r.id()).ifPresent(s -> addRows(rows, s, r, categories, audiences, locale));
            }
            if (page.size() < 500) {
                return rows;
            }
            offset += 500;
        }
    }

    private void addRows(
            List<List<Object>> rows,
            StoredService s,
            ServiceListRow r,
            Map<String, String> categories,
            Map<String, String> audiences,
            Locale locale) {
        ServiceDraft c = s.content();
        Map<UUID, StoredLocation> places = locations.findAll(
                c.sites().stream().map(ServiceDraft.SiteDraft::locationId).toList());
        Map<Long, Territory> municipalities = territories.findAllById(places.values().stream()
                .map(StoredLocation::territoryId)
                .filter(Objects::nonNull)
                .toList());
        List<ServiceDraft.SiteDraft> sites =
                c.sites().isEmpty() ? java.util.Collections.singletonList(null) : c.sites();
        for (ServiceDraft.SiteDraft site : sites) {
            StoredLocation place = site == null ? null : places.get(site.locationId());
            LocationDraft l = place == null ? null : place.content();
            Territory t = place == null || place.territoryId() == null ? null : municipalities.get(place.territoryId());
            List<ServiceDraft.SiteDraft> one = site == null ? List.of() : List.of(site);
            List<Object> v = new ArrayList<>();
            v.add(c.name());
            v.add(r.organisationName());
            v.add(msg("directory.status." + c.status().hsds(), locale));
            v.add(join(c.categoryCodes().stream()
                    .map(x -> categories.getOrDefault(x, x))
                    .toList()));
            v.add(join(c.audienceCodes().stream()
                    .map(x -> audiences.getOrDefault(x, x))
                    .toList()));
            v.add(l == null ? null : l.name());
            v.add(l == null ? null : msg("directory.facility." + l.facilityType(), locale));
            v.add(t == null || t.ags() == null ? null : t.ags().value());
            v.add(t == null ? null : t.name());
            v.add(
                    l == null
                            ? null
                            : join(java.util.stream.Stream.of(
                                            l.address1(),
                                            join(
                                                    java.util.stream.Stream.of(l.postalCode(), l.city())
                                                            .filter(Objects::nonNull)
                                                            .toList(),
                                                    " "))
                                    .filter(x -> x != null && !x.isBlank())
                                    .toList()));
            List<String> hours = new ArrayList<>();
            one.forEach(x -> x.schedules().forEach(h -> hours.add(format.hours(h))));
            c.schedules().forEach(h -> hours.add(format.hours(h)));
            v.add(String.join(" | ", hours));
            v.add(join(
                    c.languages().stream().map(ServiceDraft.LanguageDraft::code).toList()));
            v.add(l == null ? null : yesNo(l.stepFreeAccess(), locale));
            v.add(l == null ? null : yesNo(l.accessibleToilet(), locale));
            v.add(l == null ? null : yesNo(l.inductionLoop(), locale));
            v.add(l == null ? null : yesNo(l.signLanguage(), locale));
            v.add(l == null ? null : yesNo(l.easyLanguage(), locale));
            v.add(s.lastVerifiedAt());
            v.add(yesNo(c.exampleData() || (l != null && l.exampleData()), locale));
            v.add(s.id().toString());
            v.add(site == null ? null : site.id().toString());
            rows.add(v);
        }
    }

    void csv(List<List<Object>> rows, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(';')
                .lineDelimiter(LineDelimiter.CRLF)
                .build(writer);
        csv.writeRecord(headers(locale));
        for (List<Object> row : rows) {
            csv.writeRecord(row.stream()
                    .map(v -> v == null ? "" : v instanceof LocalDate d ? d.toString() : inert(v.toString()))
                    .toList());
        }
        csv.flush();
        writer.flush();
    }

    void xlsx(List<List<Object>> rows, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Lotse", "1.0");
        Worksheet sheet = workbook.newWorksheet(msg("directory.export.sheet", locale));
        List<String> headers = headers(locale);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof LocalDate d) {
                    sheet.value(r, c, d);
                    sheet.style(r, c).format("dd.MM.yyyy").set();
                } else if (v != null) {
                    // fastexcel writes a string as a text cell, never as a formula, so it stays as entered
                    sheet.value(r, c, v.toString());
                }
            }
            r++;
        }
        sheet.width(0, 40);
        sheet.width(5, 32);
        sheet.width(10, 48);
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private List<String> headers(Locale locale) {
        return COLUMNS.stream()
                .map(c -> msg("directory.export.col." + c, locale))
                .toList();
    }

    private Map<String, String> labels(String taxonomyKey, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        choices.terms(taxonomyKey, locale.getLanguage()).forEach(c -> labels.put(c.value(), c.label()));
        return labels;
    }

    private String yesNo(Boolean value, Locale locale) {
        return msg(
                value == null ? "directory.form.unknown" : value ? "directory.form.yes" : "directory.form.no", locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String join(List<String> values) {
        return join(values, ", ");
    }

    private static String join(List<String> values, String separator) {
        return String.join(separator, values);
    }

    /**
     * A text cell a spreadsheet will not run as a formula (OWASP "CSV injection"): a leading {@code = + - @}, tab or
     * carriage return gets a leading apostrophe.
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
