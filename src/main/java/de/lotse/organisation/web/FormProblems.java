package de.lotse.organisation.web;

import de.lotse.organisation.OrganisationDraft;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Turns the field problems of the service into texts for the forms, in the reader's language. */
@Component
class FormProblems {

    private final MessageSource messages;

    FormProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Field → text; the first problem of a field wins. */
    Map<String, String> texts(List<OrganisationDraft.FieldProblem> problems, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (OrganisationDraft.FieldProblem p : problems) {
            errors.putIfAbsent(
                    p.field(), messages.getMessage("organisation.error." + p.code(), null, p.message(), locale));
        }
        return errors;
    }

    String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** Whether the signed-in user plans or administers (and may see who acts for an organisation). */
    static boolean isPlanner(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_PLANNER")
                                || a.getAuthority().equals("ROLE_ADMIN"));
    }
}
