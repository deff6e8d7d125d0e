package jp.kizuna.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Events and workshops: workshops, festivals, cleanups and classes: publishing, registration, waitlists, attendance and feeds. */
@SpringBootApplication
@EnableScheduling
public class EventsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EventsApplication.class, args);
    }
}
