package de.lotse.directory.web;

import de.lotse.directory.StaleServiceException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The texts of a form's notices (error summary, conflict), prepared for the template. */
@Component
class DirectoryFormNotices {

    /** One entry of the error summary: the id of the field and the text "where: what". */
    record SummaryEntry(String id, String text) {}

    private final DirectoryFormat format;
    private final MessageSource messages;

    DirectoryFormNotices(DirectoryFormat format, MessageSource messages) {
        this.format = format;
        this.messages = messages;
    }

    void addTo(Model model, Map<String, String> errors, Locale locale) {
        model.addAttribute("errors", errors);
        model.addAttribute(
                "errorSummary",
                errors.entrySet().stream()
                        .map(e -> new SummaryEntry(
                                format.id(e.getKey()), format.pathLabel(e.getKey()) + ": " + e.getValue()))
                        .toList());
        if (!model.containsAttribute("conflict")) {
            model.addAttribute("conflict", null);
            model.addAttribute("conflictText", null);
            model.addAttribute("conflictFields", List.of());
        }
    }

    void conflict(Model model, StaleServiceException e, Instant changedAt, Locale locale) {
        model.addAttribute("conflict", e);
        model.addAttribute(
                "conflictText",
                messages.getMessage(
                        "directory.form.conflict.text",
                        new Object[] {
                            String.join(", ", e.changedBy()),
                            format.instant(changedAt),
                            e.expectedVersion(),
                            e.actualVersion()
                        },
                        locale));
        model.addAttribute(
                "conflictFields",
                e.changes().stream()
                        .map(c -> messages.getMessage(
                                "directory.form.conflict.field",
                                new Object[] {format.pathLabel(c.field()), c.changedBy()},
                                locale))
                        .toList());
    }
}
