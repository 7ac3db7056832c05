package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;

class ApiTokenAuthenticationTests {

    @Test
    void readsBearerTokenFromAuthorizationHeader() {
        ApiTokenAuthentication.Unverified token = ApiTokenAuthentication.convert(withAuthorization("Bearer lotse_abc"));

        assertThat(token.getCredentials()).isEqualTo(new ApiTokenSecret("lotse_abc"));
        assertThat(token.isAuthenticated()).isFalse();
    }

    @Test
    void acceptsSchemeInAnyCase() {
        assertThat(ApiTokenAuthentication.convert(withAuthorization("bearer lotse_abc")))
                .isNotNull();
    }

    @Test
    void ignoresRequestsWithoutBearerToken() {
        assertThat(ApiTokenAuthentication.convert(new MockHttpServletRequest())).isNull();
        assertThat(ApiTokenAuthentication.convert(withAuthorization("Basic YWRtaW46eA==")))
                .isNull();
    }

    @Test
    void rejectsEmptyBearerToken() {
        assertThatExceptionOfType(BadCredentialsException.class)
                .isThrownBy(() -> ApiTokenAuthentication.convert(withAuthorization("Bearer   ")));
    }

    private static MockHttpServletRequest withAuthorization(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", value);
        return request;
    }
}
