package jp.kizuna.localauth.account;

import java.time.Instant;

/**
 * One change of an account, kept in the account's own document so that the change and its audit entry
 * are one write.
 *
 * @param actorSubject who made it (the person themselves, a city admin's account id, or a seed)
 * @param actorName    their display name at the time
 * @param detail       what changed, without secrets (never a password)
 */
public record AuditEntry(Instant at, AuditAction action, String actorSubject, String actorName, String detail) {
}
