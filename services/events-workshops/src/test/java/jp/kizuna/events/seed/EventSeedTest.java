package jp.kizuna.events.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kizuna.events.event.EventStatus;
import org.junit.jupiter.api.Test;

/** The seed dataset against the wording and figures of ../shared/seeds. */
class EventSeedTest {

    static final EventsSeed SEED = EventSeedLoader.read();

    static EventsSeed.EventEntry event(String id) {
        return SEED.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theIkkiWorkshopSeriesHasItsFiveSessionsAtTheCommunityHall() {
        List<EventsSeed.EventEntry> sessions = SEED.events().stream()
                .filter(e -> "ikki-machizukuri-workshop-2024".equals(e.seriesId())).toList();

        assertThat(sessions).extracting(EventsSeed.EventEntry::session).containsExactly(1, 2, 3, 4, 5);
        assertThat(sessions).extracting(e -> e.details().schedule().japaneseLabel()).containsExactly(
                "令和6年6月21日(金) 18時30分から20時", "令和6年7月10日(水) 18時30分から20時", "令和6年8月7日(水) 18時30分から20時",
                "令和6年9月11日(水) 18時30分から20時", "令和6年10月予定 18時30分から20時");
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.details().venue().name()).isEqualTo("一箕公民館");
            assertThat(s.details().eligibility()).isEqualTo("一箕地区にお住まい、または一箕地区で働いている人");
            assertThat(s.organizerId()).isEqualTo("ikki");
        });
        assertThat(sessions.getFirst().details().registration().deadline()).hasToString("2024-06-19");
        assertThat(sessions.subList(1, 5)).allSatisfy(s -> assertThat(s.details().registration().deadline()).isNull());
        assertThat(sessions.getLast().status()).isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void theCleanupOfFiscal2023CarriesTheReportedThirtyOneGroupsAndFiveHundredElevenParticipants() {
        EventsSeed.EventEntry cleanup = event("clean-tsurugajo-r5");

        assertThat(cleanup.details().schedule().japaneseLabel()).isEqualTo("令和5年度");
        assertThat(cleanup.details().projectCode()).isEqualTo("36-1-7");
        assertThat(cleanup.attendance().reported().groups()).isEqualTo(31);
        assertThat(cleanup.attendance().reported().participants()).isEqualTo(511);
    }

    @Test
    void everyOrganizationOfThePageHasSomeOfItsActivities() {
        assertThat(SEED.events()).extracting(EventsSeed.EventEntry::organizerId).contains("kitaaizu", "kawahigashi", "minato",
                "oto", "eiwa", "ikki");
        assertThat(event("minato-photo-video-contest").details().title()).isEqualTo("湊町フォト&動画コンテスト");
        assertThat(event("chiikizukuri-fes").details().title()).isEqualTo("地域づくりフェス");
    }
}
