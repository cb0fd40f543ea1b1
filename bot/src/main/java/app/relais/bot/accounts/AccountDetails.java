package app.relais.bot.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts for Spring Security's sign-in. An invited account without a password yet cannot sign
 * in (it is "not found", like an unknown name, so nothing tells them apart). Hashes made with an
 * older encoding are upgraded at the next successful sign-in.
 */
final class AccountDetails implements UserDetailsService, UserDetailsPasswordService {

    private final AccountStore accounts;

    AccountDetails(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(Usernames.normalise(username)).filter(a -> a.passwordHash() != null)
                .map(DeskUser::new).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        DeskUser desk = (DeskUser) user;
        accounts.password(desk.accountId(), newPassword);
        return accounts.find(desk.accountId()).map(DeskUser::new).orElseThrow();
    }
}
