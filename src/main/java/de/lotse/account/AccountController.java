package de.lotse.account;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** "Mein Konto": the signed-in user's account, password and personal API tokens. */
@Controller
class AccountController {

    private static final String VIEW = "account/account";

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AccountController(UserAccounts accounts, ApiTokens tokens, MessageSource messages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/konto")
    String showAccount(Principal principal, Model model) {
        return page(principal, model);
    }

    @PostMapping("/konto/passwort")
    String processPasswordForm(
            Principal principal,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!result.hasFieldErrors("currentPassword")
                && !accounts.isCurrentPassword(principal.getName(), form.getCurrentPassword())) {
            result.rejectValue("currentPassword", "account.password.current.wrong");
        }
        PasswordPolicy.violation(form.getNewPassword(), principal.getName())
                .ifPresent(code -> result.rejectValue("newPassword", code));
        if (!form.getNewPassword().equals(form.getNewPasswordRepeat())) {
            result.rejectValue("newPasswordRepeat", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(principal.getName(), form.getCurrentPassword(), form.getNewPassword());
            } catch (AccountRuleViolation violation) {
                result.rejectValue("currentPassword", violation.messageCode());
            }
        }
        if (result.hasErrors()) {
            return page(principal, model);
        }
        redirect.addFlashAttribute("message", messages.getMessage("account.password.changed", null, locale));
        return "redirect:/konto";
    }

    @PostMapping("/konto/tokens")
    String processTokenForm(
            Principal principal,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(principal, model);
        }
        ApiTokens.CreatedToken created = tokens.create(principal.getName(), form.getName());
        // shown once on the next page, then gone: only its hash is stored
        redirect.addFlashAttribute("createdTokenName", created.token().name());
        redirect.addFlashAttribute("createdToken", created.secret().value());
        return "redirect:/konto#neuer-token";
    }

    @PostMapping("/konto/tokens/{id}/widerrufen")
    String revokeToken(Principal principal, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        if (tokens.revoke(principal.getName(), id)) {
            redirect.addFlashAttribute("message", messages.getMessage("account.token.revoked", null, locale));
        } else {
            redirect.addFlashAttribute("error", messages.getMessage("account.token.unknown", null, locale));
        }
        return "redirect:/konto";
    }

    private String page(Principal principal, Model model) {
        AppUser user = accounts.find(principal.getName()).orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.ofUser(user.username()));
        model.addAttribute(
                "apiBaseUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1")
                        .toUriString());
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        return VIEW;
    }
}
