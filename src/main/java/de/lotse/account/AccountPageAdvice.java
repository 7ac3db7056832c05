package de.lotse.account;

import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values the pages of this module need: times are shown in German local time. */
@ControllerAdvice(assignableTypes = {AccountController.class, UserAdminController.class, AuditLogController.class})
class AccountPageAdvice {

    static final ZoneId GERMAN_TIME = ZoneId.of("Europe/Berlin");

    @ModelAttribute("zone")
    ZoneId zone() {
        return GERMAN_TIME;
    }
}
