package jp.kizuna.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Events and workshops: workshops, festivals, cleanups and classes: publishing, registration, waitlists, attendance and feeds. */
@SpringBootApplication
public class EventsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EventsApplication.class, args);
    }
}
