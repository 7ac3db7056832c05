package de.lotse.planning;

import de.lotse.account.Actors;
import de.lotse.account.Role;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who acts in the current request, and whether they are a planner (an administrator is one, too). */
@Component
class CurrentUser {

    private final RoleHierarchy roles;

    CurrentUser(RoleHierarchy roles) {
        this.roles = roles;
    }

    String username() {
        return Actors.currentUsername();
    }

    boolean isPlanner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Actors.SYSTEM.equals(Actors.currentUsername());
        }
        String planner = Role.PLANNER.authority().getAuthority();
        return roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .anyMatch(a -> planner.equals(a.getAuthority()));
    }
}
