package jp.kizuna.localauth.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in: a resident, an organization's officer or partner publisher, city staff or a
 * city admin. The id is the {@code sub} of their tokens; it never changes and reveals nothing. The e-mail
 * address is the sign-in name (unique, stored normalised) and never leaves the issuer except in the
 * person's own ID token and the city admin's account API.
 */
@Document("accounts")
public class Account {

    @Id
    private final String id;
    @Indexed(unique = true)
    private final String email;
    private final String displayName;
    private final String kanaName;
    private final AccountRole role;
    private final String organizationId;
    private String passwordHash;
    private AccountStatus status;
    private boolean passwordChangeRequired;
    private final boolean demo;
    private final Instant createdAt;
    private Instant passwordChangedAt;
    private final List<AuditEntry> audit;
    @Version
    private Long version;

    @PersistenceCreator
    Account(String id, String email, String displayName, String kanaName, AccountRole role, String organizationId,
            String passwordHash, AccountStatus status, boolean passwordChangeRequired, boolean demo,
            Instant createdAt, Instant passwordChangedAt, List<AuditEntry> audit, Long version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.kanaName = kanaName;
        this.role = role;
        this.organizationId = organizationId;
        this.passwordHash = passwordHash;
        this.status = status;
        this.passwordChangeRequired = passwordChangeRequired;
        this.demo = demo;
        this.createdAt = createdAt;
        this.passwordChangedAt = passwordChangedAt;
        this.audit = audit == null ? new ArrayList<>() : new ArrayList<>(audit);
        this.version = version;
    }

    /** A new account id: random, so that it says nothing about the person and links nothing. */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * A new account. The person, their role and its organization are already validated
     * ({@link AccountService}); this only holds the invariant that officers and partners act for exactly
     * one organization and no one else for any.
     *
     * @param passwordChangeRequired whether the password is a temporary one a city admin handed out
     */
    static Account open(String id, Person person, AccountRole role, String organizationId, String passwordHash,
                        boolean passwordChangeRequired, boolean demo, AuditEntry created) {
        if (role.actsForOrganization() == (organizationId == null)) {
            throw new IllegalArgumentException(role + (organizationId == null
                    ? " needs an organization" : " acts for no organization"));
        }
        return new Account(id, person.email().value(), person.displayName(),
                person.kanaName(), role, organizationId, passwordHash, AccountStatus.ACTIVE, passwordChangeRequired,
                demo, created.at(), created.at(), List.of(created), null);
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> kanaName() {
        return Optional.ofNullable(kanaName);
    }

    public AccountRole role() {
        return role;
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean demo() {
        return demo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    public long version() {
        return version == null ? 0 : version;
    }

    void changePassword(String newHash, boolean temporary, AuditEntry entry) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = temporary;
        this.passwordChangedAt = entry.at();
        audit.add(entry);
    }

    /** @return whether anything changed (disabling a disabled account records nothing) */
    boolean disable(AuditEntry entry) {
        if (status == AccountStatus.DISABLED) {
            return false;
        }
        status = AccountStatus.DISABLED;
        audit.add(entry);
        return true;
    }

    boolean enable(AuditEntry entry) {
        if (status == AccountStatus.ACTIVE) {
            return false;
        }
        status = AccountStatus.ACTIVE;
        audit.add(entry);
        return true;
    }

    void record(AuditEntry entry) {
        audit.add(entry);
    }
}
