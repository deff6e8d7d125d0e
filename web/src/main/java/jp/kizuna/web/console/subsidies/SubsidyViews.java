package jp.kizuna.web.console.subsidies;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The subsidy service's answers as the console shows them (unknown members are ignored); amounts in yen. */
final class SubsidyViews {

    private SubsidyViews() {
    }

    /** The purposes an application may ask money for, in the API's order. */
    static final List<String> PURPOSES = List.of("VISION_DRAFTING", "VISION_BASED_ACTIVITY", "EQUIPMENT",
            "MEETING_FACILITY_CONSTRUCTION", "MEETING_HOUSE_REPAIR", "SHARED_ANTENNA_UPGRADE");

    /** Every status, in the order of an application's life. */
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "IN_SCREENING", "APPROVED", "REJECTED", "DISBURSED",
            "REPORTED", "CLOSED", "WITHDRAWN");

    record Application(String id, String programmeId, int fiscalYear, String organizationId, String organizationName,
                       String purpose, String purposeJapanese, String title, String description, long requestedAmount,
                       String status, Long approvedAmount, String conditions, String rejectionReason, long disbursedTotal,
                       List<Disbursement> disbursements, Report report, List<Transition> transitions, Instant createdAt,
                       long version) {

        Application {
            disbursements = disbursements == null ? List.of() : List.copyOf(disbursements);
            transitions = transitions == null ? List.of() : List.copyOf(transitions);
        }

        /** The applicant may still change what it asks for: a draft, or a submitted application (an amendment). */
        public boolean amendable() {
            return "DRAFT".equals(status) || "SUBMITTED".equals(status);
        }

        public boolean withdrawable() {
            return "DRAFT".equals(status) || "SUBMITTED".equals(status) || "IN_SCREENING".equals(status);
        }

        public boolean undecided() {
            return "SUBMITTED".equals(status) || "IN_SCREENING".equals(status);
        }

        public boolean payable() {
            return "APPROVED".equals(status) || "DISBURSED".equals(status);
        }

        public long stillToPay() {
            return approvedAmount == null ? 0 : approvedAmount - disbursedTotal;
        }

        /** The newest step first, as a history is read. */
        public List<Transition> history() {
            return transitions.reversed();
        }
    }

    record Transition(String from, String to, Instant at, String by, String byName, String reason) {
    }

    record Disbursement(long amount, LocalDate paidOn, String byName, Instant at) {
    }

    record Report(String summary, LocalDate submittedOn, String byName, Instant at) {
    }

    record Programme(String id, String name, int fiscalYear, String fiscalYearJapanese, String notes, String projectCode,
                     long envelope, long approvedTotal, long remaining, LocalDate opensOn, LocalDate closesOn,
                     Long maxPerApplication, Integer applicationCap, Integer slotsLeft, List<Criterion> criteria,
                     boolean priorityQueue, long version) {

        Programme {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }

        public boolean openOn(LocalDate day) {
            return !day.isBefore(opensOn) && !day.isAfter(closesOn);
        }
    }

    record Criterion(String name, int weight) {
    }

    record Screening(String programmeId, Instant convenedAt, String convenedBecause, boolean decided,
                     List<Reviewer> reviewers, List<Score> scores, List<Place> ranking, long version) {

        Screening {
            reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
            scores = scores == null ? List.of() : List.copyOf(scores);
            ranking = ranking == null ? List.of() : List.copyOf(ranking);
        }

        public boolean hasReviewer(String subject) {
            return reviewers.stream().anyMatch(r -> r.subject().equals(subject));
        }

        /** The reviewers who may not score this application, because they are connected to its applicant. */
        public List<Reviewer> recusedFrom(Place place) {
            return reviewers.stream().filter(r -> r.connectedOrganizations().contains(place.candidate().organizationId()))
                    .toList();
        }

        public boolean mayScore(String subject, Place place) {
            return !decided && hasReviewer(subject) && recusedFrom(place).stream().noneMatch(r -> r.subject().equals(subject));
        }

        /** What this reviewer gave the application for one criterion, or null. */
        public Integer scoreOf(String subject, String applicationId, String criterion) {
            return scores.stream().filter(s -> s.reviewer().equals(subject) && s.applicationId().equals(applicationId))
                    .map(s -> s.byCriterion().get(criterion)).findFirst().orElse(null);
        }

        public List<Score> scoresFor(String applicationId) {
            return scores.stream().filter(s -> s.applicationId().equals(applicationId)).toList();
        }
    }

    record Reviewer(String subject, String name, Set<String> connectedOrganizations) {

        Reviewer {
            connectedOrganizations = connectedOrganizations == null ? Set.of() : Set.copyOf(connectedOrganizations);
        }
    }

    record Score(String reviewer, String reviewerName, String applicationId, java.util.Map<String, Integer> byCriterion,
                 Instant at) {

        Score {
            byCriterion = byCriterion == null ? java.util.Map.of() : java.util.Map.copyOf(byCriterion);
        }
    }

    record Candidate(String applicationId, String organizationId, long requestedAmount, Instant submittedAt) {
    }

    record Place(Candidate candidate, BigDecimal score, int reviewers, int rank) {
    }
}
