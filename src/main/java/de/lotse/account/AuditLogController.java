package de.lotse.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' view of the audit trail: newest changes first, 50 per page, filterable by entity type. */
@Controller
class AuditLogController {

    private final AuditEvents events;

    AuditLogController(AuditEvents events) {
        this.events = events;
    }

    @GetMapping("/admin/audit")
    String showAuditTrail(
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        String entityType = type == null || type.isBlank() ? null : type.strip();
        model.addAttribute("auditPage", events.page(entityType, page));
        model.addAttribute("entityTypes", events.entityTypes());
        model.addAttribute("type", entityType);
        return "account/audit";
    }
}
