package de.lotse.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class IfMatchTests {

    @Test
    void aMissingHeaderIsPreconditionRequiredAndNamesTheCurrentVersion() {
        for (String missing : new String[] {null, " ", "*"}) {
            ErrorResponseException e = catchThrowableOfType(
                    ErrorResponseException.class, () -> IfMatch.expectedVersion(missing, 4, "GET /api/v1/measures/7"));
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
            assertThat(e.getBody().getDetail()).contains("If-Match: \"4\"", "GET /api/v1/measures/7");
            assertThat(e.getBody().getProperties()).containsEntry("currentVersion", 4L);
        }
    }

    @Test
    void readsStrongAndWeakTagsAndPrefersTheCurrentOneInAList() {
        assertThat(IfMatch.expectedVersion("\"3\"", 4, "x")).isEqualTo(3);
        assertThat(IfMatch.expectedVersion("W/\"3\"", 4, "x")).isEqualTo(3);
        assertThat(IfMatch.expectedVersion("\"2\", \"4\"", 4, "x")).isEqualTo(4);
        assertThat(IfMatch.expectedVersion("\"2\", \"3\"", 4, "x"))
                .as("stale: the highest")
                .isEqualTo(3);
        assertThat(IfMatch.etag(5)).isEqualTo("\"5\"");
    }

    @Test
    void aMalformedHeaderIsABadRequest() {
        ErrorResponseException e =
                catchThrowableOfType(ErrorResponseException.class, () -> IfMatch.expectedVersion("3", 4, "the round"));
        assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(e.getBody().getDetail()).contains("the round", "got 3");
    }
}
