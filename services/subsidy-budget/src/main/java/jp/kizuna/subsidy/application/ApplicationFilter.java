package jp.kizuna.subsidy.application;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which applications a page lists: any of some statuses, of one programme, of one organization (each
 * optional). An org-admin's filter is narrowed to their own organization by the service. An empty item
 * of the statuses ({@code status=,}) names no status.
 */
record ApplicationFilter(Set<ApplicationStatus> statuses, String programmeId, String organizationId) {

    ApplicationFilter {
        statuses = statuses == null ? Set.of()
                : statuses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    ApplicationFilter forOrganization(String own) {
        return new ApplicationFilter(statuses, programmeId, own);
    }

    Criteria criteria() {
        Criteria criteria = new Criteria();
        if (!statuses.isEmpty()) {
            criteria.and("status").in(statuses.stream().map(Enum::name).toList());
        }
        if (programmeId != null) {
            criteria.and("programmeId").is(programmeId);
        }
        if (organizationId != null) {
            criteria.and("organizationId").is(organizationId);
        }
        return criteria;
    }

    /** A page sorted by when it was drafted, the amount asked or the organization's name; ties by id, stably. */
    static Pageable pageOf(String sort, String order, int page, int size) {
        Sort.Direction direction = "desc".equals(order) ? Sort.Direction.DESC : Sort.Direction.ASC;
        String field = switch (sort) {
            case "amount" -> "requestedAmount";
            case "organization" -> "organizationName";
            default -> "createdAt";
        };
        return PageRequest.of(page, size, Sort.by(direction, field).and(Sort.by(Sort.Direction.ASC, "_id")));
    }
}
