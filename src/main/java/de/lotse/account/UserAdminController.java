package de.lotse.account;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' user management: list, create, enable and disable accounts. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String FORM_VIEW = "account/userForm";

    private final UserAccounts accounts;
    private final MessageSource messages;

    UserAdminController(UserAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @ModelAttribute("roles")
    List<Role> roles() {
        return List.of(Role.values());
    }

    @GetMapping
    String listUsers(Principal principal, Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("me", principal.getName());
        return "account/users";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("userForm", new NewUserForm());
        return FORM_VIEW;
    }

    @PostMapping("/new")
    String processCreationForm(
            @Valid @ModelAttribute("userForm") NewUserForm form,
            BindingResult result,
            RedirectAttributes redirect,
            Locale locale) {
        if (!result.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
            result.rejectValue("username", "account.user.username.taken");
        }
        PasswordPolicy.violation(form.getPassword(), form.getUsername())
                .ifPresent(code -> result.rejectValue("password", code));
        if (!form.getPassword().equals(form.getPasswordRepeat())) {
            result.rejectValue("passwordRepeat", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(), form.getPassword());
            } catch (AccountRuleViolation violation) { // e.g. the same username created a moment ago
                result.rejectValue("username", violation.messageCode());
            }
        }
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        redirect.addFlashAttribute(
                "message", messages.getMessage("account.user.created", new Object[] {form.getUsername()}, locale));
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect, Locale locale) {
        return change(() -> accounts.disable(username), "account.user.disabled", username, redirect, locale);
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect, Locale locale) {
        return change(() -> accounts.enable(username), "account.user.enabled", username, redirect, locale);
    }

    private String change(
            Runnable change, String successCode, String username, RedirectAttributes redirect, Locale locale) {
        try {
            change.run();
            redirect.addFlashAttribute("message", messages.getMessage(successCode, new Object[] {username}, locale));
        } catch (AccountRuleViolation violation) {
            redirect.addFlashAttribute(
                    "error", messages.getMessage(violation.messageCode(), new Object[] {username}, locale));
        }
        return "redirect:/admin/users";
    }
}
