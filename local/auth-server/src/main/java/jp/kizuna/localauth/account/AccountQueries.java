package jp.kizuna.localauth.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The city admin's lists: accounts by role, status and a search text, and the audit log across accounts. */
@Component
public class AccountQueries {

    public record Found<T>(List<T> items, long total) {
    }

    public record LoggedChange(String accountId, String accountDisplayName, AuditEntry entry) {
    }

    private final MongoTemplate mongo;

    AccountQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param text matches the display name, the kana reading or the e-mail address, in part and regardless
     *             of case
     */
    public Found<Account> search(String text, AccountRole role, AccountStatus status, int page, int size) {
        List<Criteria> filters = new ArrayList<>();
        if (role != null) {
            filters.add(Criteria.where("role").is(role));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        if (text != null && !text.isBlank()) {
            Pattern pattern = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
            filters.add(new Criteria().orOperator(Criteria.where("displayName").regex(pattern),
                    Criteria.where("kanaName").regex(pattern), Criteria.where("email").regex(pattern)));
        }
        Query query = filters.isEmpty() ? new Query() : new Query(new Criteria().andOperator(filters));
        long total = mongo.count(query, Account.class);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"))).skip((long) page * size).limit(size);
        return new Found<>(mongo.find(query, Account.class), total);
    }

    /** Every audit entry of every account, newest first. */
    public Found<LoggedChange> auditLog(int page, int size) {
        List<Document> counted = mongo.aggregate(Aggregation.newAggregation(
                Aggregation.unwind("audit"), Aggregation.count().as("total")), "accounts", Document.class).getMappedResults();
        long total = counted.isEmpty() ? 0 : ((Number) counted.getFirst().get("total")).longValue();
        List<LoggedChange> changes = mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.unwind("audit"),
                        Aggregation.sort(Sort.by(Sort.Order.desc("audit.at"), Sort.Order.asc("_id"))),
                        Aggregation.skip((long) page * size),
                        Aggregation.limit(size)), "accounts", Document.class)
                .getMappedResults().stream()
                .map(row -> {
                    Document entry = row.get("audit", Document.class);
                    return new LoggedChange(row.getString("_id"), row.getString("displayName"), new AuditEntry(
                            entry.getDate("at").toInstant(), AuditAction.valueOf(entry.getString("action")),
                            entry.getString("actorSubject"), entry.getString("actorName"), entry.getString("detail")));
                })
                .toList();
        return new Found<>(changes, total);
    }
}
