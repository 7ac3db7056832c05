package de.lotse.indicator;

import de.lotse.indicator.StatisticsImportReport.Problem;
import de.lotse.territory.TerritoryLevel;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the problems of a statistics import into words in the language of the current request: message keys {@code
 * indicator.import.problem.<code>}, with territorial levels named.
 */
@Component
class StatisticsImportMessages {

    private final MessageSource messageSource;

    StatisticsImportMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    StatisticsImportReport localize(StatisticsImportReport r) {
        Locale locale = LocaleContextHolder.getLocale();
        return new StatisticsImportReport(
                r.fileName(),
                r.format(),
                r.tableCode(),
                r.mappingSource(),
                r.dryRun(),
                r.committed(),
                r.rowsRead(),
                r.created(),
                r.changed(),
                r.unchanged(),
                r.rejected(),
                r.skipped(),
                r.columns(),
                localize(r.errors(), locale),
                r.errorCounts().stream()
                        .map(c -> new StatisticsImportReport.ProblemCount(
                                c.code(), c.count(), c.listed(), kind(c.code(), locale)))
                        .toList(),
                localize(r.warnings(), locale));
    }

    private List<Problem> localize(List<Problem> problems, Locale locale) {
        return problems.stream()
                .map(p -> p.message() != null ? p : p.withMessage(text(p, locale)))
                .toList();
    }

    private String text(Problem problem, Locale locale) {
        Object[] args = problem.args().stream().map(a -> argument(a, locale)).toArray();
        String fallback = messageSource.getMessage(
                "indicator.import.problem." + problem.code(), args, problem.code() + " " + problem.args(), locale);
        // problems added with the XLSX long format have their texts in the bundle i18n/imports
        return messageSource.getMessage("imports.problem." + problem.code(), args, fallback, locale);
    }

    /** The name of a kind of problem, e.g. "Gebietsschlüssel unbekannt". */
    private String kind(String code, Locale locale) {
        return messageSource.getMessage("imports.kind." + code, null, code, locale);
    }

    private String argument(String value, Locale locale) {
        for (TerritoryLevel level : TerritoryLevel.values()) {
            if (level.name().equals(value)) {
                return messageSource.getMessage("level." + level.name(), null, value, locale);
            }
        }
        return value;
    }
}
