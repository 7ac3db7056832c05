package de.lotse.planning.web;

import de.lotse.planning.EvaluationRoundComments;
import de.lotse.planning.EvaluationRoundDetail;
import de.lotse.planning.EvaluationRoundDraft;
import de.lotse.planning.EvaluationRoundInvalidException;
import de.lotse.planning.EvaluationRoundNotFoundException;
import de.lotse.planning.EvaluationRoundProblem;
import de.lotse.planning.EvaluationRoundStaleException;
import de.lotse.planning.EvaluationRoundTitleTakenException;
import de.lotse.planning.EvaluationRounds;
import de.lotse.shared.web.ApiProblem;
import de.lotse.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API of evaluation rounds: list a strategy's rounds, read one with its frozen entries, create (freeze) a round,
 * change its comments (conditional on the round's version: ETag / If-Match, 409 when stale), compare two rounds.
 */
@RestController
@RequestMapping(value = "/api/v1/evaluation-rounds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evaluation rounds", description = "Frozen states of a strategy's measures and targets at a date")
class EvaluationRoundApiController {

    private final EvaluationRounds rounds;
    private final MessageSource messages;

    EvaluationRoundApiController(EvaluationRounds rounds, MessageSource messages) {
        this.rounds = rounds;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The evaluation rounds of a strategy", description = "Latest date first, each with counts.")
    @ApiResponse(responseCode = "200", description = "The rounds; `[]` when the strategy has none")
    @ApiResponse(
            responseCode = "404",
            description = "No strategy with this id",
            content = @Content(mediaType = "application/problem+json"))
    List<EvaluationRoundJson.RoundResponse> list(
            @RequestParam @Parameter(description = "Id of the strategy", example = "1") long strategy) {
        rounds.strategy(strategy).orElseThrow(() -> ApiProblem.notFound("There is no strategy " + strategy + "."));
        return rounds.list(strategy).stream()
                .map(s -> EvaluationRoundJson.RoundResponse.of(s.round(), s.tally()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "An evaluation round with its frozen entries",
            description = "Every measure with its frozen state (JSON record `MeasureSnapshot`, schema 1) and comment,"
                    + " every target with its frozen evaluation and comment. The ETag is the round's version.")
    @ApiResponse(
            responseCode = "200",
            description = "The round",
            headers = @Header(name = "ETag", description = "The version, e.g. \"2\"; send it in If-Match"))
    @ApiResponse(
            responseCode = "404",
            description = "No round with this id",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<EvaluationRoundJson.RoundDetailResponse> get(@PathVariable @Parameter(example = "1") long id) {
        EvaluationRoundDetail detail = rounds.find(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().eTag(etag(detail)).body(EvaluationRoundJson.RoundDetailResponse.of(detail));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create an evaluation round (planners)",
            description = "Freezes the state of every measure and target of the strategy at `asOf`: status and"
                    + " progress from the latest status report dated on or before it, overdue at that date, deadline,"
                    + " budget, and the target verdicts. The frozen entries never change; only comments do.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "201",
            description = "Created and frozen",
            headers = {
                @Header(name = "Location", description = "The round's URL"),
                @Header(name = "ETag", description = "The version, \"1\"")
            })
    @ApiResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description = "The strategy has a round with this title",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "Invalid fields (unknown strategy, missing title, date missing or in the future), listed in"
                    + " `errors` as {field, message}",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<EvaluationRoundJson.RoundDetailResponse> create(
            @RequestBody EvaluationRoundJson.CreateRequest request, Locale locale) {
        List<EvaluationRoundProblem> problems = new ArrayList<>();
        LocalDate asOf = parseDate(request.asOf(), problems);
        long strategy = request.strategy() == null ? -1 : request.strategy();
        EvaluationRoundDraft draft = new EvaluationRoundDraft(request.title(), asOf, request.note());
        if (!problems.isEmpty()) {
            if (rounds.strategy(strategy).isEmpty()) {
                problems.addFirst(new EvaluationRoundProblem("strategy", "rounds.error.strategyUnknown"));
            }
            draft.problems(LocalDate.now()).stream()
                    .filter(p -> !p.field().equals("asOf"))
                    .forEach(problems::add);
            throw invalid(problems, locale);
        }
        EvaluationRoundDetail created;
        try {
            created = rounds.create(strategy, draft);
        } catch (EvaluationRoundInvalidException e) {
            throw invalid(e.problems(), locale);
        } catch (EvaluationRoundTitleTakenException e) {
            throw ApiProblem.conflict(e.getMessage());
        }
        return ResponseEntity.created(URI.create(
                        "/api/v1/evaluation-rounds/" + created.round().id()))
                .eTag(etag(created))
                .body(EvaluationRoundJson.RoundDetailResponse.of(created));
    }

    @PutMapping(value = "/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change comments of an evaluation round (planners)",
            description = "Conditional update: `If-Match` must carry the ETag (version) of the round the change is"
                    + " based on. Entries not listed keep their comments; a blank comment removes one. A change that"
                    + " changes nothing keeps the version.",
            security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            headers = @Header(name = "ETag", description = "The new version"))
    @ApiResponse(
            responseCode = "400",
            description = "If-Match is malformed",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "Not a planner",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No round with this id",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "409",
            description =
                    "The comments were changed after the version in If-Match; `currentVersion`,"
                            + " `changedFields` and `changes` (kind, id, label, comment, changedBy, changedAt) say what changed",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "A measure or target is not in the round, or a comment is longer than 4000 characters",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "428",
            description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<EvaluationRoundJson.RoundDetailResponse> comment(
            @PathVariable @Parameter(example = "1") long id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "If-Match",
                            description = "The ETag of the round",
                            example = "\"1\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody EvaluationRoundJson.CommentsRequest request,
            Locale locale) {
        EvaluationRoundDetail current = rounds.find(id).orElseThrow(() -> notFound(id));
        long expected = IfMatch.expectedVersion(
                ifMatch,
                current.round().version(),
                "GET /api/v1/evaluation-rounds/" + current.round().id());
        try {
            EvaluationRoundDetail saved = rounds.comment(id, expected, comments(request));
            return ResponseEntity.ok().eTag(etag(saved)).body(EvaluationRoundJson.RoundDetailResponse.of(saved));
        } catch (EvaluationRoundNotFoundException e) {
            throw notFound(id);
        } catch (EvaluationRoundStaleException e) {
            throw stale(e);
        } catch (EvaluationRoundInvalidException e) {
            throw invalid(e.problems(), locale);
        }
    }

    @GetMapping("/compare")
    @Operation(
            summary = "Compare two evaluation rounds of a strategy",
            description = "Per measure status, progress and overdue before and after, per target the verdict before"
                    + " and after, and the measures and targets only one round contains. The earlier round is"
                    + " `before` whatever the order of `a` and `b`.")
    @ApiResponse(responseCode = "200", description = "The comparison")
    @ApiResponse(
            responseCode = "404",
            description = "One of the rounds does not exist",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "The rounds belong to different strategies",
            content = @Content(mediaType = "application/problem+json"))
    EvaluationRoundJson.ComparisonResponse compare(
            @RequestParam @Parameter(description = "Id of one round", example = "1") long a,
            @RequestParam @Parameter(description = "Id of the other round", example = "2") long b,
            Locale locale) {
        try {
            return EvaluationRoundJson.ComparisonResponse.of(rounds.compare(a, b));
        } catch (EvaluationRoundNotFoundException e) {
            throw ApiProblem.notFound(e.getMessage());
        } catch (EvaluationRoundInvalidException e) {
            throw invalid(e.problems(), locale);
        }
    }

    private static EvaluationRoundComments comments(EvaluationRoundJson.CommentsRequest request) {
        Map<Long, String> measures = new HashMap<>();
        Map<Long, String> targets = new HashMap<>();
        if (request.measures() != null) {
            request.measures().stream()
                    .filter(m -> m.measureId() != null)
                    .forEach(m -> measures.put(m.measureId(), m.comment()));
        }
        if (request.targets() != null) {
            request.targets().stream()
                    .filter(t -> t.targetId() != null)
                    .forEach(t -> targets.put(t.targetId(), t.comment()));
        }
        return new EvaluationRoundComments(measures, targets);
    }

    private static LocalDate parseDate(String text, List<EvaluationRoundProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new EvaluationRoundProblem("asOf", "rounds.error.asOfInvalid"));
            return null;
        }
    }

    private static ErrorResponseException stale(EvaluationRoundStaleException e) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentVersion", e.actualVersion());
        properties.put(
                "changedFields",
                e.changes().stream()
                        .map(EvaluationRoundStaleException.Change::field)
                        .toList());
        properties.put("changes", e.changes());
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), properties);
    }

    private ErrorResponseException invalid(List<EvaluationRoundProblem> problems, Locale locale) {
        List<EvaluationRoundJson.FieldError> errors = problems.stream()
                .map(p -> new EvaluationRoundJson.FieldError(p.field(), messages.getMessage(p.code(), null, locale)))
                .toList();
        String detail = "The request has " + errors.size() + " invalid field(s): "
                + String.join(
                        "; ",
                        errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return ApiProblem.unprocessable(detail, Map.of("errors", errors));
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("There is no evaluation round " + id + ".");
    }

    private static String etag(EvaluationRoundDetail detail) {
        return "\"" + detail.round().version() + "\"";
    }

    private static ErrorResponseException problem(
            HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        properties.forEach(body::setProperty);
        return new ErrorResponseException(status, body, null);
    }
}
