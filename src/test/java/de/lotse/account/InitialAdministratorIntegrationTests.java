package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class InitialAdministratorIntegrationTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    InitialAdministrator initialAdministrator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAdministratorWithConfiguredPassword() {
        AppUser admin = accounts.find("admin").orElseThrow();

        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(passwordEncoder.matches(AccountTestData.ADMIN_PASSWORD, admin.passwordHash()))
                .isTrue();
    }

    @Test
    void recordsCreationInAuditTrail() {
        List<String> entries = jdbc.sql("""
                        SELECT actor || ' ' || (details ->> 'password') FROM audit_event
                        WHERE action = 'USER_CREATED' AND entity_type = 'user' AND entity_key = 'admin'
                        """).query(String.class).list();

        assertThat(entries).containsExactly("system configured");
    }

    @Test
    void createsNobodyOnceUsersExist() throws Exception {
        initialAdministrator.afterSingletonsInstantiated();

        int admins = jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'admin'")
                .query(Integer.class)
                .single();
        int audited = jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE action = 'USER_CREATED' AND entity_key = 'admin'")
                .query(Integer.class)
                .single();
        assertThat(admins).isEqualTo(1);
        assertThat(audited).isEqualTo(1);
    }
}
