package jp.kizuna.localauth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The local stack's token issuer. It exists so that `make run` works on a machine with nothing
 * else installed; in the cluster the services trust the city's own identity provider instead.
 */
@SpringBootApplication
@EnableConfigurationProperties(LocalAuthProperties.class)
public class LocalAuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalAuthServerApplication.class, args);
    }
}
