package jp.kizuna.localauth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The local stack's OpenID Connect issuer: people's accounts and sign-in, the authorization-code flow for
 * the web portal and mobile apps, and machine clients for scripts. It exists so that `make run` works on a
 * machine with nothing else installed; in the cluster the services trust the city's own identity provider
 * (Keycloak, Entra ID) instead (docs/security.md).
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(LocalAuthProperties.class)
public class LocalAuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalAuthServerApplication.class, args);
    }
}
