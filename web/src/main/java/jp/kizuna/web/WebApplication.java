package jp.kizuna.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kizuna's web pages: the residents' portal and the work console of city staff and organization officers.
 * A backend-for-frontend behind the gateway: it signs people in at the OpenID Connect issuer, keeps their
 * tokens on the server, and reads and writes only through the public API, as any other client does.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
