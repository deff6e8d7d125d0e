package jp.kizuna.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jp.kizuna.platform.security.Actor;

/** Events as the seeds describe them, for unit tests. */
public final class EventFixtures {

    public static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    private EventFixtures() {
    }

    public static EventDetails firstIkkiWorkshop() {
        return new EventDetails("一箕地区まちづくりワークショップ 第1回", "Ikki District Community Planning Workshop, session 1",
                EventKind.WORKSHOP, "地域づくりビジョンって? 他", new Venue("一箕公民館", "会津若松市一箕町", 37.5, 139.95, null),
                Schedule.on(LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), LocalTime.of(20, 0)), 40, Fee.FREE,
                new RegistrationTerms(true, null, LocalDate.of(2024, 6, 19), null, "かんたん申請・申込システム"),
                "一箕地区にお住まい、または一箕地区で働いている人", true, new Contact("一箕地区ひとみ創造ネットワーク", "0242-00-0000", null),
                List.of("一箕"), "36-2-9", null, null);
    }

    public static CommunityEvent published(String id, EventDetails details) {
        CommunityEvent event = CommunityEvent.draft(id, "ikki", "一箕地区ひとみ創造ネットワーク", null, null, details, Actor.of("test"), NOW);
        event.submit(false, Actor.of("test"), NOW);
        return event;
    }

    public static EventDetails withTitle(EventDetails d, String title, Schedule schedule) {
        return new EventDetails(title, d.titleEn(), d.kind(), d.description(), d.venue(), schedule, d.capacity(), d.fee(),
                d.registration(), d.eligibility(), d.eligibilityDeclarationRequired(), d.contact(), d.districts(),
                d.projectCode(), d.url(), d.entryPeriod());
    }
}
