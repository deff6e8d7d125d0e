package jp.kizuna.web.console.subsidies;

import java.util.Optional;

import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.page.Person;
import org.springframework.stereotype.Component;

/**
 * The console dashboard's subsidy item: for city staff the applications waiting for screening or a decision,
 * for an organization's officer their applications that need them (drafts to submit, paid subsidies to report
 * on). One small read each: the API counts, one item is fetched. When the subsidy service cannot answer, the
 * item says so and the rest of the dashboard is shown as usual.
 */
@Component
public class SubsidyDashboard {

    /** What the dashboard says: which count ({@code waiting} or {@code action}) and how many (null: not known now). */
    public record Item(String kind, Long count) {

        public boolean known() {
            return count != null;
        }
    }

    private final SubsidyDesk desk;

    SubsidyDashboard(SubsidyDesk desk) {
        this.desk = desk;
    }

    /** Nothing for a partner publisher: subsidies are for the city and organizations' officers. */
    public Optional<Item> of(Person person) {
        if (person.isCityStaff()) {
            return Optional.of(new Item("waiting", count(SubsidyController.WAITING)));
        }
        if (person.roles().contains(Roles.ORG_ADMIN)) {
            return Optional.of(new Item("action", count(SubsidyController.OFFICER_ACTION)));
        }
        return Optional.empty();
    }

    private Long count(java.util.List<String> statuses) {
        try {
            return desk.count(statuses);
        } catch (ApiProblemException | ApiUnavailableException notNow) {
            return null;
        }
    }
}
