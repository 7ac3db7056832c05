package de.lotse.directory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The directory as CSV and XLSX for planners ({@code /verzeichnis/export.csv}, {@code /verzeichnis/export.xlsx}). */
@Controller
class DirectoryExportController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DirectoryExport export;
    private final DirectoryAccess access;

    DirectoryExportController(DirectoryExport export, DirectoryAccess access) {
        this.export = export;
        this.access = access;
    }

    @GetMapping("/verzeichnis/export.csv")
    ResponseEntity<byte[]> csv(Locale locale) throws IOException {
        access.requirePlannerPage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(export.rows(locale), locale, out);
        return file(out, CSV, "csv");
    }

    @GetMapping("/verzeichnis/export.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) throws IOException {
        access.requirePlannerPage();
        List<List<Object>> rows = export.rows(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xlsx(rows, locale, out);
        return file(out, XLSX, "xlsx");
    }

    private static ResponseEntity<byte[]> file(ByteArrayOutputStream out, MediaType type, String extension) {
        String name = "beratungsverzeichnis-" + LocalDate.now(ZoneId.of("Europe/Berlin")) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }
}
