package de.lotse.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After signing out, redirects to the start page with the flash attribute {@code message} ("Sie wurden abgemeldet."),
 * as page controllers do after a successful form.
 */
@Component
class LogoutNotice implements LogoutSuccessHandler {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    LogoutNotice(MessageSource messages, LocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String home = request.getContextPath() + "/";
        FlashMap flash = new FlashMap();
        flash.put("message", messages.getMessage("account.logout.done", null, localeResolver.resolveLocale(request)));
        flash.setTargetRequestPath(home);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(response.encodeRedirectURL(home));
    }
}
