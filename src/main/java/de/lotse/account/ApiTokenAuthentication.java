package de.lotse.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/** Signs in API requests that carry a personal API token as {@code Authorization: Bearer lotse_…}. */
final class ApiTokenAuthentication {

    private static final String SCHEME = "bearer ";

    private ApiTokenAuthentication() {}

    /**
     * A filter that authenticates requests with a bearer token and leaves all others alone; an unknown or revoked
     * token ends the request with the entry point's 401 answer.
     */
    static AuthenticationFilter filter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
        AuthenticationFilter filter =
                new AuthenticationFilter(new ProviderManager(new Provider(tokens)), ApiTokenAuthentication::convert);
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(entryPoint));
        filter.setSuccessHandler((request, response, authentication) -> {}); // continue with the request
        return filter;
    }

    /** The bearer token of the request, still unverified, or {@code null} if the request has none. */
    static Unverified convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return null;
        }
        String value = header.substring(SCHEME.length()).strip();
        if (value.isEmpty()) {
            throw new BadCredentialsException("Empty bearer token");
        }
        return new Unverified(new ApiTokenSecret(value));
    }

    /** A bearer token as it arrived, before it is checked against the stored hashes. */
    static final class Unverified extends AbstractAuthenticationToken {

        private final ApiTokenSecret secret;

        Unverified(ApiTokenSecret secret) {
            super(List.of());
            this.secret = secret;
        }

        @Override
        public Object getCredentials() {
            return secret;
        }

        @Override
        public Object getPrincipal() {
            return secret.visiblePrefix();
        }
    }

    private record Provider(ApiTokens tokens) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            ApiTokenSecret secret = ((Unverified) authentication).secret;
            return tokens.authenticate(secret)
                    .map(user -> UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
                    .orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return Unverified.class.isAssignableFrom(authentication);
        }
    }
}
