package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AccountPropertiesTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void refusesToStartWithInitialAdminPasswordShorterThanTwelveCharacters() {
        context.withPropertyValues("lotse.account.initial-admin-password=kurz-11-zch")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(started.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("LOTSE_ADMIN_PASSWORD")
                            .hasMessageContaining("at least 12 characters");
                });
    }

    @Test
    void startsWithInitialAdminPasswordOfTwelveCharacters() {
        context.withPropertyValues("lotse.account.initial-admin-password=genau-12-zch")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started.getBean(AccountProperties.class).hasInitialAdminPassword())
                            .isTrue();
                });
    }

    @Test
    void startsWithoutInitialAdminPassword() {
        context.withPropertyValues("lotse.account.initial-admin-password=").run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(AccountProperties.class).hasInitialAdminPassword())
                    .isFalse();
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AccountProperties.class)
    static class PropertiesOnly {}
}
