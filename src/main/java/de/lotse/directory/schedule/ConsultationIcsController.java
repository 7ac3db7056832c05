package de.lotse.directory.schedule;

import de.lotse.shared.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public iCalendar download of the consultation hours of a service at a place. */
@RestController
@Tag(name = "Directory: consultation hours", description = "Holidays, consultation dates and iCalendar files")
class ConsultationIcsController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ConsultationIcs ics;

    ConsultationIcsController(ConsultationIcs ics) {
        this.ics = ics;
    }

    @GetMapping("/beratung/termine/{serviceAtLocationId}.ics")
    @Operation(
            summary = "Consultation hours as iCalendar",
            description = "RFC 5545 file with one event per schedule of the service at the place: recurring hours as"
                    + " RRULE with EXDATE for closures and skipped holidays, single dates as single events, times in"
                    + " Europe/Berlin. The texts follow the interface language (?lang=). Example data is marked in"
                    + " DESCRIPTION.")
    @ApiResponse(responseCode = "200", description = "The calendar file (text/calendar; charset=utf-8)")
    @ApiResponse(
            responseCode = "404",
            description = "No such service at a place, or the service is inactive or defunct",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> download(
            @Parameter(description = "Id of the service at the place (HSDS service_at_location)") @PathVariable
                    String serviceAtLocationId) {
        UUID id = parse(serviceAtLocationId);
        String file = ics.write(id, Instant.now(), LocaleContextHolder.getLocale())
                .orElseThrow(() -> ApiProblem.notFound("No published service at a place with id " + id + "."));
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("sprechzeiten-" + id + ".ics")
                                .build()
                                .toString())
                .body(file.getBytes(StandardCharsets.UTF_8));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("No service at a place with id '" + id + "'.");
        }
    }
}
