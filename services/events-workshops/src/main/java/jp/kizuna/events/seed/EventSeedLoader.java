package jp.kizuna.events.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import jp.kizuna.events.attendance.AttendanceService;
import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventRepository;
import jp.kizuna.events.event.EventSeries;
import jp.kizuna.events.event.EventStatus;
import jp.kizuna.events.event.Seats;
import jp.kizuna.events.event.SeriesRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.text.TextPolicyModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the series and events the city's documents name, each unless it exists, moving each to its
 * seed status through the aggregate's own transitions (so their events reach the KPI service like
 * any other), and the attendance the documents report.
 */
@Component
@ConditionalOnProperty(name = "kizuna.events.seed.enabled", havingValue = "true", matchIfMissing = true)
class EventSeedLoader implements ApplicationRunner {

    static final String RESOURCE = "seed/events-seed.yaml";
    private static final Logger log = LoggerFactory.getLogger(EventSeedLoader.class);

    private final EventRepository events;
    private final SeriesRepository series;
    private final Seats seats;
    private final AttendanceService attendance;
    private final Clock clock;

    EventSeedLoader(EventRepository events, SeriesRepository series, Seats seats, AttendanceService attendance, Clock clock) {
        this.events = events;
        this.series = series;
        this.seats = seats;
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        EventsSeed seed = read();
        Actor by = Actor.of(seed.recordedBy());
        Instant now = clock.instant();
        int seriesAdded = 0;
        for (EventsSeed.SeriesEntry s : seed.series()) {
            if (!series.existsById(s.id())) {
                series.insert(new EventSeries(s.id(), s.organizerId(), s.organizerName(), s.title(), s.titleEn(),
                        s.description(), now, by.subject(), by.name(), null));
                seriesAdded++;
            }
        }
        int eventsAdded = 0;
        for (EventsSeed.EventEntry e : seed.events()) {
            if (!events.existsById(e.id())) {
                events.insert(seeded(e, by, now));
                eventsAdded++;
            }
            seats.open(e.id(), e.details().capacity());
            if (e.attendance() != null) {
                attendance.seed(events.findById(e.id()).orElseThrow(), e.attendance().walkIns() == null ? 0 : e.attendance().walkIns(), e.attendance().groupsOrNone(),
                        e.attendance().reported(), by);
            }
        }
        log.info("Seed dataset: {} of {} series and {} of {} events added", seriesAdded, seed.series().size(), eventsAdded,
                seed.events().size());
    }

    private static CommunityEvent seeded(EventsSeed.EventEntry e, Actor by, Instant now) {
        CommunityEvent event = CommunityEvent.draft(e.id(), e.organizerId(), e.organizerName(), e.seriesId(), e.session(),
                e.details(), by, now);
        if (e.status() == EventStatus.PUBLISHED || e.status() == EventStatus.FINISHED) {
            event.submit(false, by, now);
        }
        if (e.status() == EventStatus.FINISHED) {
            event.finish(by, now);
        }
        return event;
    }

    static EventsSeed read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return YAMLMapper.builder().addModule(new TextPolicyModule()).build().readValue(in, EventsSeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
