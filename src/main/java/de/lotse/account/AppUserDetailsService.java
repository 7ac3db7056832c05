package de.lotse.account;

import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the accounts of {@code app_user} for sign-in with a password (login form and HTTP Basic). */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUsers users;

    AppUserDetailsService(AppUsers users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // usernames are lower case; accept "Admin" for "admin"
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(AppUserDetailsService::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    static UserDetails toUserDetails(AppUser user) {
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.roles().stream().map(Role::authority).toList())
                .disabled(!user.enabled())
                .build();
    }
}
