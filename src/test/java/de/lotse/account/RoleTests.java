package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class RoleTests {

    @Test
    void readsAndWritesTheDatabaseForm() {
        assertThat(Role.parseAll("PLANNER,ADMIN")).containsExactlyInAnyOrder(Role.ADMIN, Role.PLANNER);
        assertThat(Role.formatAll(Set.of(Role.VIEWER, Role.ADMIN))).isEqualTo("ADMIN,VIEWER");
    }

    @Test
    void letsAdministratorDoWhatPlannersAndViewersDoButNotProviders() {
        List<String> reachable =
                SecurityConfiguration.roleHierarchy()
                        .getReachableGrantedAuthorities(List.of(Role.ADMIN.authority()))
                        .stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList();

        assertThat(reachable)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_PLANNER", "ROLE_VIEWER")
                .doesNotContain("ROLE_PROVIDER");
    }

    @Test
    void givesProvidersNoOtherRole() {
        assertThat(SecurityConfiguration.roleHierarchy()
                        .getReachableGrantedAuthorities(List.of(Role.PROVIDER.authority())))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PROVIDER");
    }
}
