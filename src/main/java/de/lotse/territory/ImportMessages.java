package de.lotse.territory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts import problems into words in the language of the current request: message keys {@code import.problem.<code>}
 * of the message bundles, with levels named and dates written as the reader expects.
 */
@Component
class ImportMessages {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messageSource;

    ImportMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    TerritoryImportReport localize(TerritoryImportReport report) {
        Locale locale = LocaleContextHolder.getLocale();
        return new TerritoryImportReport(
                report.fileName(),
                report.format(),
                report.edition(),
                report.populationDate(),
                report.dryRun(),
                report.committed(),
                report.recordsRead(),
                report.created(),
                report.changed(),
                report.closed(),
                report.unchanged(),
                report.populationAdded(),
                report.populationChanged(),
                report.boundariesUpdated(),
                report.scope(),
                report.changes(),
                report.unmatched(),
                localize(report.errors(), locale),
                localize(report.warnings(), locale));
    }

    private List<ImportProblem> localize(List<ImportProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> p.message() != null ? p : p.withMessage(text(p, locale)))
                .toList();
    }

    private String text(ImportProblem problem, Locale locale) {
        Object[] args = problem.args().stream().map(a -> argument(a, locale)).toArray();
        return messageSource.getMessage("import.problem." + problem.code(), args, problem.code(), locale);
    }

    private String argument(String value, Locale locale) {
        for (TerritoryLevel level : TerritoryLevel.values()) {
            if (level.name().equals(value)) {
                return messageSource.getMessage("level." + level.name(), null, value, locale);
            }
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return GERMAN_DATE.format(LocalDate.parse(value));
        }
        return value;
    }
}
