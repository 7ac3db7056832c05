package de.lotse.planning.web;

import de.lotse.planning.MeasureList;
import de.lotse.planning.MeasureListRow;
import de.lotse.planning.MeasureStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The measure list ({@code /massnahmen}) with filters and sorting, and the same selection as CSV or XLSX
 * ({@code /massnahmen/export.csv}, {@code /massnahmen/export.xlsx}).
 */
@Controller
@Tag(name = "Measure catalogue export", description = "The measure catalogue as CSV or XLSX, with the list's filters")
class MeasureListPageController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final MeasureList list;
    private final MessageSource messages;

    MeasureListPageController(MeasureList list, MessageSource messages) {
        this.list = list;
        this.messages = messages;
    }

    @GetMapping("/massnahmen")
    String measures(
            @RequestParam(required = false) String strategy,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String lead,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) String territory,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model,
            Locale locale) {
        MeasureListForm form =
                MeasureListForm.of(strategy, status, field, lead, partner, territory, overdue, q, sort, dir);
        PlanningPageController.common(model, locale, messages);
        model.addAttribute("form", form);
        model.addAttribute("rows", list.rows(form.filter()));
        model.addAttribute("filtered", form.filter().isFiltered());
        model.addAttribute("choices", list.choices());
        model.addAttribute("statuses", MeasureStatus.values());
        return "planning/measures";
    }

    @GetMapping({"/massnahmen/export.csv", "/massnahmen/export.xlsx"})
    @Operation(
            summary = "Export the measure catalogue as CSV or XLSX",
            description = "The measures the list shows for the same filters and order. Columns: id, code, title,"
                    + " strategy key, strategy, fields of action, status, lead, partners, territory, start, deadline,"
                    + " overdue, progress (%), budget planned/approved/spent (EUR), model trial, example data, page"
                    + " address. CSV: UTF-8 with BOM, ';', CRLF, decimal comma, ISO dates; an empty amount is"
                    + " unknown (never 0). XLSX: one sheet with numbers and dates as such. Headings and status texts"
                    + " in the language of the request (German by default).")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "400", description = "Unknown status or a field that is not an id")
    ResponseEntity<byte[]> export(
            @Parameter(description = "Strategy key") @RequestParam(required = false) String strategy,
            @Parameter(description = "Status, e.g. DELAYED") @RequestParam(required = false) String status,
            @Parameter(description = "Id of a field of action") @RequestParam(required = false) String field,
            @Parameter(description = "Key of the lead organisation") @RequestParam(required = false) String lead,
            @Parameter(description = "Key of a partner organisation") @RequestParam(required = false) String partner,
            @Parameter(description = "Key of a municipality") @RequestParam(required = false) String territory,
            @Parameter(description = "true: overdue measures only") @RequestParam(required = false) String overdue,
            @Parameter(description = "Words in code, title or description") @RequestParam(required = false) String q,
            @Parameter(description = "deadline, title, status, lead or progress") @RequestParam(required = false)
                    String sort,
            @Parameter(description = "asc or desc") @RequestParam(required = false) String dir,
            jakarta.servlet.http.HttpServletRequest request,
            Locale locale)
            throws IOException {
        MeasureListForm form =
                MeasureListForm.of(strategy, status, field, lead, partner, territory, overdue, q, sort, dir);
        List<MeasureListRow> rows = list.rows(form.filter());
        String base =
                request.getRequestURL().toString().replaceFirst("/massnahmen/export\\.(csv|xlsx)$", "/massnahmen/");
        MeasureExport export = new MeasureExport(rows, messages, locale, base);
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (xlsx) {
            export.xlsx(out);
        } else {
            export.csv(out);
        }
        String name = "massnahmen-" + LocalDate.now(java.time.ZoneId.of("Europe/Berlin")) + (xlsx ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }
}
