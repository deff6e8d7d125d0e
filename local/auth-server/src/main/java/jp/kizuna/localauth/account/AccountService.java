package jp.kizuna.localauth.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.kizuna.localauth.password.PasswordHashing;
import jp.kizuna.localauth.password.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What people and city admins do with accounts. Every input is checked completely before anything is
 * stored; every change is one write of the account document, audit entry included.
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository accounts;
    private final PersonPolicy personPolicy;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHashing passwords;
    private final OrganizationDirectory organizations;
    private final AccountSessions sessions;
    private final Clock clock;

    public AccountService(AccountRepository accounts, PersonPolicy personPolicy, PasswordPolicy passwordPolicy,
                          PasswordHashing passwords, OrganizationDirectory organizations,
                          AccountSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.personPolicy = personPolicy;
        this.passwordPolicy = passwordPolicy;
        this.passwords = passwords;
        this.organizations = organizations;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A resident opens their own account. */
    public Account registerResident(String displayName, String kanaName, String email, String password,
                                    String passwordConfirmation) {
        List<FieldProblem> problems = new ArrayList<>();
        Person person = null;
        try {
            person = personPolicy.check(displayName, kanaName, email);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(passwordPolicy.check("password", password, contextWords(displayName, email)));
        if (password != null && !password.equals(passwordConfirmation)) {
            problems.add(FieldProblem.of("passwordConfirmation", "problem.password.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String id = Account.newId();
        AuditEntry registered = new AuditEntry(clock.instant(), AuditAction.REGISTERED, id, person.displayName(),
                "resident registered themselves");
        Account account = Account.open(id, person, AccountRole.RESIDENT, null, hash(password), false, false, registered);
        return insert(account);
    }

    /**
     * A city admin opens an account for city staff, another city admin, an organization's officer
     * (org-admin) or a partner publisher; residents register themselves.
     */
    public NewAccount open(String displayName, String kanaName, String email, AccountRole role,
                           String organizationId, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Person person = null;
        try {
            person = personPolicy.check(displayName, kanaName, email);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String organization = organizationId == null || organizationId.isBlank() ? null : organizationId.strip();
        if (role == null) {
            problems.add(FieldProblem.of("role", "problem.role.missing"));
        } else if (role == AccountRole.RESIDENT) {
            problems.add(FieldProblem.of("role", "problem.role.residentRegistersThemselves"));
        } else if (role.actsForOrganization() && organization == null) {
            problems.add(FieldProblem.of("organizationId", "problem.organization.missing", role.claim()));
        } else if (!role.actsForOrganization() && organization != null) {
            problems.add(FieldProblem.of("organizationId", "problem.organization.notForRole", role.claim()));
        }
        if (problems.isEmpty() && organization != null && !organizations.isRegistered(organization)) {
            problems.add(FieldProblem.of("organizationId", "problem.organization.unknown", organization));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String temporary = TemporaryPasswords.generate();
        AuditEntry created = new AuditEntry(clock.instant(), AuditAction.CREATED, actor.subject(), actor.name(),
                "opened as " + role.claim() + (organization == null ? "" : " of " + organization));
        Account account = insert(Account.open(Account.newId(), person, role, organization, hash(temporary), true, false, created));
        return new NewAccount(account, temporary);
    }

    /** A demo person of the local stack, with the password the README lists. */
    public Optional<Account> seedDemoPerson(String displayName, String kanaName, String email, AccountRole role,
                                            String organizationId, String password) {
        Person person = personPolicy.check(displayName, kanaName, email);
        if (accounts.findByEmail(person.email().value()).isPresent()) {
            return Optional.empty();
        }
        List<FieldProblem> problems = passwordPolicy.check("password", password, contextWords(displayName, email));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AuditEntry created = new AuditEntry(clock.instant(), AuditAction.CREATED, Actor.SEED.subject(),
                Actor.SEED.name(), "demo person of the local stack");
        try {
            return Optional.of(accounts.insert(Account.open(Account.newId(), person, role, organizationId, hash(password), false, true, created)));
        } catch (DuplicateKeyException concurrentSeed) {
            return Optional.empty();
        }
    }

    public Account disable(String id, long expectedVersion, String reason, Actor actor) {
        Account account = current(id, expectedVersion);
        if (account.id().equals(actor.subject())) {
            throw new InvalidInputException(FieldProblem.of("id", "problem.account.cannotDisableSelf"));
        }
        if (!account.disable(entry(AuditAction.DISABLED, actor, reasonText(reason)))) {
            return account;
        }
        Account saved = save(account);
        int revoked = sessions.endAll(id);
        log.info("account {} disabled by {}; {} authorizations revoked", id, actor.subject(), revoked);
        return saved;
    }

    public Account enable(String id, long expectedVersion, String reason, Actor actor) {
        Account account = current(id, expectedVersion);
        return account.enable(entry(AuditAction.ENABLED, actor, reasonText(reason))) ? save(account) : account;
    }

    /** A city admin gives the person a new temporary password; they are signed out everywhere. */
    public NewAccount resetPassword(String id, long expectedVersion, Actor actor) {
        Account account = current(id, expectedVersion);
        String temporary = TemporaryPasswords.generate();
        account.changePassword(hash(temporary), true, entry(AuditAction.PASSWORD_RESET, actor,
                "temporary password handed out; to be changed at the next sign-in"));
        Account saved = save(account);
        sessions.endAll(id);
        return new NewAccount(saved, temporary);
    }

    /**
     * The person changes their own password (also the temporary one they were given). Their other
     * sign-ins end, all but the one they changed it in: a changed password is often a reaction to a
     * leaked one.
     */
    public Account changePassword(String id, String currentPassword, String newPassword, String confirmation,
                                  String currentSessionId) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !passwords.matches(PasswordPolicy.normalise(currentPassword),
                account.passwordHash())) {
            problems.add(FieldProblem.of("currentPassword", "problem.password.currentWrong"));
        }
        problems.addAll(passwordPolicy.check("newPassword", newPassword,
                contextWords(account.displayName(), account.email())));
        if (newPassword != null && !newPassword.equals(confirmation)) {
            problems.add(FieldProblem.of("newPasswordConfirmation", "problem.password.mismatch"));
        }
        if (problems.isEmpty() && PasswordPolicy.normalise(newPassword).equals(PasswordPolicy.normalise(currentPassword))) {
            problems.add(FieldProblem.of("newPassword", "problem.password.sameAsCurrent"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(hash(newPassword), false, entry(AuditAction.PASSWORD_CHANGED, Actor.self(account),
                "changed by the person"));
        Account saved = save(account);
        sessions.endAllBut(id, currentSessionId);
        return saved;
    }

    /** The person signs out of every app and device. */
    public int signOutEverywhere(String id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
        int revoked = sessions.endAll(id);
        account.record(entry(AuditAction.SIGNED_OUT_EVERYWHERE, Actor.self(account),
                revoked + " authorizations revoked"));
        save(account);
        return revoked;
    }

    /** Rehashes a password whose stored hash uses older parameters, at a sign-in that proved it. */
    public void upgradeHash(String id, String password) {
        accounts.findById(id).filter(account -> passwords.isOutdated(account.passwordHash()))
                .ifPresent(account -> {
                    account.changePassword(hash(password), account.passwordChangeRequired(),
                            entry(AuditAction.PASSWORD_CHANGED, Actor.self(account), "hash upgraded at sign-in"));
                    save(account);
                });
    }

    public Optional<Account> find(String id) {
        return accounts.findById(id);
    }

    public Optional<Account> findByEmail(String typedEmail) {
        return typedEmail == null ? Optional.empty() : accounts.findByEmail(EmailAddress.normalise(typedEmail));
    }

    private Account current(String id, long expectedVersion) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
        if (account.version() != expectedVersion) {
            throw new AccountChangedException(account);
        }
        return account;
    }

    private Account insert(Account account) {
        try {
            return accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(FieldProblem.of("email", "problem.email.taken"));
        }
    }

    private Account save(Account account) {
        try {
            return accounts.save(account);
        } catch (OptimisticLockingFailureException e) {
            throw new AccountChangedException(accounts.findById(account.id())
                    .orElseThrow(() -> new AccountNotFoundException(account.id())));
        }
    }

    private String hash(String password) {
        return passwords.hash(PasswordPolicy.normalise(password));
    }

    private AuditEntry entry(AuditAction action, Actor actor, String detail) {
        return new AuditEntry(clock.instant(), action, actor.subject(), actor.name(), detail);
    }

    private static String reasonText(String reason) {
        String text = reason == null ? "" : NameText.normalise(reason);
        if (text.codePointCount(0, text.length()) > 500 || NameText.check(text, 500) == NameText.Verdict.FORBIDDEN_CHARACTER) {
            throw new InvalidInputException(FieldProblem.of("reason", "problem.reason.invalid", 500));
        }
        return text.isEmpty() ? "no reason given" : text;
    }

    private static List<String> contextWords(String displayName, String email) {
        List<String> words = new ArrayList<>();
        if (displayName != null) {
            words.add(displayName);
        }
        if (email != null) {
            String normalised = EmailAddress.normalise(email);
            int at = normalised.indexOf('@');
            words.add(at > 0 ? normalised.substring(0, at) : normalised);
        }
        return words;
    }
}
