package app.relais.bot.accounts;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/admin/accounts} (administrators): the team, invitations by one-time link, new links,
 * disabling and enabling, roles. The link is in the answer once; the administrator passes it on.
 */
@RestController
@RequestMapping("/api/admin/accounts")
class AccountsController {

    record InviteRequest(String username, String displayName, String role, String language) {
    }

    record RoleRequest(String role) {
    }

    /** An account with the link its person follows to choose a password. */
    record Invitation(AccountView account, String link) {
    }

    private final Accounts accounts;
    private final Requesters requesters;

    AccountsController(Accounts accounts, Requesters requesters) {
        this.accounts = accounts;
        this.requesters = requesters;
    }

    @GetMapping
    List<AccountView> all() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @PostMapping
    Invitation invite(@RequestBody InviteRequest request) {
        Accounts.Issued issued = accounts.invite(requesters.person(), request.username(), request.displayName(),
                request.role(), request.language());
        return invitation(issued);
    }

    @PostMapping("/{id}/link")
    Invitation link(@PathVariable long id) {
        return invitation(accounts.newLink(requesters.person(), id));
    }

    @PostMapping("/{id}/disable")
    AccountView disable(@PathVariable long id) {
        return AccountView.of(accounts.disable(requesters.person(), id));
    }

    @PostMapping("/{id}/enable")
    AccountView enable(@PathVariable long id) {
        return AccountView.of(accounts.enable(requesters.person(), id));
    }

    @PutMapping("/{id}/role")
    AccountView role(@PathVariable long id, @RequestBody RoleRequest request) {
        return AccountView.of(accounts.role(requesters.person(), id, request.role()));
    }

    private static Invitation invitation(Accounts.Issued issued) {
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/admin/welcome")
                .queryParam("token", issued.secret()).build().toUriString();
        return new Invitation(AccountView.of(issued.account()), link);
    }
}
