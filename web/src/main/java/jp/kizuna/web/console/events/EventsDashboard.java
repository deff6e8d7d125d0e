package jp.kizuna.web.console.events;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.page.Person;
import org.springframework.stereotype.Component;

/**
 * The dashboard's item of the events console: how many of the person's events are not yet public (city staff:
 * the drafts, of the city and every organization — those waiting for moderation have their own item; an officer:
 * their organization's drafts and those waiting for the city), with the links to the events, series and (city
 * staff) trusted publishers. One small read: the count of a one-item page.
 */
@Component
public class EventsDashboard {

    /** @param known false when the count could not be read (the links still show) */
    public record Item(boolean known, long unpublished, boolean cityStaff) {
    }

    private final EventsDesk desk;

    EventsDashboard(EventsDesk desk) {
        this.desk = desk;
    }

    public Item of(Person person) {
        boolean staff = person.isCityStaff();
        if (!staff && person.organizationId() == null) {
            return new Item(false, 0, false);
        }
        try {
            long count = desk.managed(staff ? null : person.organizationId(), staff ? "DRAFT" : "DRAFT,AWAITING_MODERATION",
                    null, false, 0, 1).totalItems();
            return new Item(true, count, staff);
        } catch (ApiProblemException | ApiUnavailableException unanswered) {
            return new Item(false, 0, staff);
        }
    }
}
