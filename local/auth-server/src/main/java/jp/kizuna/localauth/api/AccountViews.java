package jp.kizuna.localauth.api;

import java.time.Instant;
import java.util.List;

import jp.kizuna.localauth.account.Account;
import jp.kizuna.localauth.account.AuditEntry;

/** What the account API answers; never a password or its hash. */
final class AccountViews {

    private AccountViews() {
    }

    record AccountSummary(String id, String displayName, String kanaName, String email, String role,
                          String organizationId, String status, boolean passwordChangeRequired, boolean demo,
                          Instant createdAt, Instant passwordChangedAt, long version) {

        static AccountSummary of(Account account) {
            return new AccountSummary(account.id(), account.displayName(), account.kanaName().orElse(null),
                    account.email(), account.role().claim(), account.organizationId().orElse(null),
                    account.status().name(), account.passwordChangeRequired(), account.demo(), account.createdAt(),
                    account.passwordChangedAt(), account.version());
        }
    }

    record AccountDetails(AccountSummary account, List<AuditEntry> audit) {

        static AccountDetails of(Account account) {
            return new AccountDetails(AccountSummary.of(account), account.audit().reversed());
        }
    }

    /** An account just opened or given a new temporary password: the password is shown this once. */
    record AccountWithTemporaryPassword(AccountSummary account, String temporaryPassword) {
    }

    /** One audit entry of the log across all accounts, newest first. */
    record AuditLogEntry(String accountId, String accountDisplayName, AuditEntry entry) {
    }

    record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

        static <T> Page<T> of(List<T> items, int page, int size, long total) {
            return new Page<>(items, page, size, total, (int) ((total + size - 1) / size));
        }
    }
}
