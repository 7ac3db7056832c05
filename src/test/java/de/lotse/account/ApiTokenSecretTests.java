package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiTokenSecretTests {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatesPrefixAndThirtyTwoRandomBytesInUrlSafeBase64() {
        String value = ApiTokenSecret.generate(random).value();

        assertThat(value).startsWith("lotse_").hasSize("lotse_".length() + 43).matches("lotse_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(value.substring("lotse_".length())))
                .hasSize(32);
    }

    @Test
    void generatesDifferentTokens() {
        assertThat(ApiTokenSecret.generate(random)).isNotEqualTo(ApiTokenSecret.generate(random));
    }

    @Test
    void hashesWithSha256AsLowerCaseHex() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(new ApiTokenSecret("abc").hash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashesEqualTokensEquallyAndDifferentTokensDifferently() {
        ApiTokenSecret token = ApiTokenSecret.generate(random);

        assertThat(new ApiTokenSecret(token.value()).hash())
                .isEqualTo(token.hash())
                .matches("[0-9a-f]{64}");
        assertThat(ApiTokenSecret.generate(random).hash()).isNotEqualTo(token.hash());
    }

    @Test
    void showsOnlyTheFirstTwelveCharacters() {
        ApiTokenSecret token = ApiTokenSecret.generate(random);

        assertThat(token.visiblePrefix()).hasSize(12).isEqualTo(token.value().substring(0, 12));
        assertThat(token.toString()).doesNotContain(token.value()).contains(token.visiblePrefix());
    }

    @Test
    void rejectsEmptyToken() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiTokenSecret(""));
    }
}
