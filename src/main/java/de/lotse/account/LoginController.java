package de.lotse.account;

import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security processes the form (POST /login). */
@Controller
class LoginController {

    /**
     * Shows the sign-in form.
     *
     * <p>Parameter {@code error} (no value) is present after a failed attempt, {@code expired} after the session was
     * ended, e.g. because an administrator disabled the account.
     */
    @GetMapping("/login")
    String initLoginForm(Principal principal, @RequestParam Map<String, String> parameters, Model model) {
        if (principal != null) {
            return "redirect:/"; // signed-in users have nothing to do here
        }
        model.addAttribute("loginFailed", parameters.containsKey("error"));
        model.addAttribute("sessionExpired", parameters.containsKey("expired"));
        return "account/login";
    }
}
