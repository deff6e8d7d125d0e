package jp.kizuna.localauth.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kizuna.localauth.account.Account;
import jp.kizuna.localauth.account.AccountNotFoundException;
import jp.kizuna.localauth.account.AccountQueries;
import jp.kizuna.localauth.account.AccountRole;
import jp.kizuna.localauth.account.AccountService;
import jp.kizuna.localauth.account.AccountStatus;
import jp.kizuna.localauth.account.Actor;
import jp.kizuna.localauth.account.FieldProblem;
import jp.kizuna.localauth.account.InvalidInputException;
import jp.kizuna.localauth.account.NewAccount;
import jp.kizuna.localauth.api.AccountViews.AccountDetails;
import jp.kizuna.localauth.api.AccountViews.AccountSummary;
import jp.kizuna.localauth.api.AccountViews.AccountWithTemporaryPassword;
import jp.kizuna.localauth.api.AccountViews.AuditLogEntry;
import jp.kizuna.localauth.api.AccountViews.Page;
import jp.kizuna.platform.contracts.Roles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city admin's account administration at the local issuer: open accounts for staff, officers and
 * partner publishers, disable and enable them, hand out a new temporary password, read each account's
 * history and the audit log. City admins only ({@code roles: city-admin}).
 */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "accounts", description = "People's accounts at the local issuer (city-admin only)")
@SecurityRequirement(name = "bearer")
class AccountApi {

    static final int MAX_PAGE_SIZE = 100;

    private final AccountService accounts;
    private final AccountQueries queries;

    AccountApi(AccountService accounts, AccountQueries queries) {
        this.accounts = accounts;
        this.queries = queries;
    }

    @PostMapping
    @Operation(operationId = "openAccount", summary = "Open an account for city staff, a city admin, an officer or a partner",
            description = "Answers the account with a temporary password, shown this once; the person chooses "
                    + "their own at the first sign-in. An officer's or partner's organization must be in the register.")
    ResponseEntity<AccountWithTemporaryPassword> open(@RequestBody AccountRequests.OpenAccount request,
                                                      @AuthenticationPrincipal Jwt caller) {
        AccountRole role = request.role() == null ? null : AccountRole.fromClaim(request.role())
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("role", "problem.role.unknown", request.role())));
        NewAccount opened = accounts.open(request.displayName(), request.kanaName(), request.email(), role,
                request.organizationId(), actor(caller));
        return ResponseEntity.created(URI.create("/api/accounts/" + opened.account().id()))
                .eTag(etag(opened.account()))
                .body(new AccountWithTemporaryPassword(AccountSummary.of(opened.account()), opened.temporaryPassword()));
    }

    @GetMapping
    @Operation(operationId = "listAccounts", summary = "List accounts by role, status and a search text, newest first")
    Page<AccountSummary> list(
            @Parameter(description = "part of the display name, kana reading or e-mail") @RequestParam(required = false) String q,
            @Parameter(description = "resident, org-admin, partner, city-staff or city-admin") @RequestParam(required = false) String role,
            @Parameter(description = "ACTIVE or DISABLED") @RequestParam(required = false) String status,
            @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") String page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "20") String size) {
        int pageNumber = PageParameters.page(page);
        int pageSize = PageParameters.size(size, MAX_PAGE_SIZE);
        AccountRole roleFilter = role == null || role.isBlank() ? null : AccountRole.fromClaim(role)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("role", "problem.role.unknown", role)));
        AccountStatus statusFilter = status == null || status.isBlank() ? null : parseStatus(status);
        String text = PageParameters.searchText(q);
        AccountQueries.Found<Account> found = queries.search(text, roleFilter, statusFilter, pageNumber, pageSize);
        return Page.of(found.items().stream().map(AccountSummary::of).toList(), pageNumber, pageSize, found.total());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getAccount", summary = "One account with its history of changes, newest first")
    ResponseEntity<AccountDetails> get(@PathVariable String id) {
        Account account = accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id));
        return ResponseEntity.ok().eTag(etag(account)).body(AccountDetails.of(account));
    }

    @PostMapping("/{id}/disable")
    @Operation(operationId = "disableAccount", summary = "Disable an account: it cannot sign in and is signed out everywhere")
    ResponseEntity<AccountDetails> disable(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody(required = false) AccountRequests.Reason reason,
                                           @AuthenticationPrincipal Jwt caller) {
        Account account = accounts.disable(id, ETags.parse(ifMatch), reason == null ? null : reason.reason(), actor(caller));
        return ResponseEntity.ok().eTag(etag(account)).body(AccountDetails.of(account));
    }

    @PostMapping("/{id}/enable")
    @Operation(operationId = "enableAccount", summary = "Enable a disabled account again")
    ResponseEntity<AccountDetails> enable(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody(required = false) AccountRequests.Reason reason,
                                          @AuthenticationPrincipal Jwt caller) {
        Account account = accounts.enable(id, ETags.parse(ifMatch), reason == null ? null : reason.reason(), actor(caller));
        return ResponseEntity.ok().eTag(etag(account)).body(AccountDetails.of(account));
    }

    @PostMapping("/{id}/password-reset")
    @Operation(operationId = "resetAccountPassword", summary = "Hand out a new temporary password (shown once); "
            + "the person is signed out everywhere and chooses a new password at the next sign-in")
    ResponseEntity<AccountWithTemporaryPassword> resetPassword(@PathVariable String id,
                                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                               @AuthenticationPrincipal Jwt caller) {
        NewAccount reset = accounts.resetPassword(id, ETags.parse(ifMatch), actor(caller));
        return ResponseEntity.ok().eTag(etag(reset.account()))
                .body(new AccountWithTemporaryPassword(AccountSummary.of(reset.account()), reset.temporaryPassword()));
    }

    @GetMapping("/audit")
    @Operation(operationId = "listAccountAudit", summary = "The audit log: every change of every account, newest first")
    Page<AuditLogEntry> audit(@RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
        int pageNumber = PageParameters.page(page);
        int pageSize = PageParameters.size(size, MAX_PAGE_SIZE);
        AccountQueries.Found<AccountQueries.LoggedChange> found = queries.auditLog(pageNumber, pageSize);
        List<AuditLogEntry> entries = found.items().stream()
                .map(change -> new AuditLogEntry(change.accountId(), change.accountDisplayName(), change.entry())).toList();
        return Page.of(entries, pageNumber, pageSize, found.total());
    }

    private static Actor actor(Jwt caller) {
        String name = caller.getClaimAsString(Roles.NAME_CLAIM);
        return new Actor(caller.getSubject(), name == null || name.isBlank() ? caller.getSubject() : name);
    }

    private static String etag(Account account) {
        return "\"" + account.version() + "\"";
    }

    private static AccountStatus parseStatus(String status) {
        try {
            return AccountStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("status", "problem.status.unknown", status));
        }
    }
}
