package jp.kizuna.web.config;

import java.time.Duration;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.mongodb.spring.session.JdkMongoSessionConverter;
import org.mongodb.spring.session.MongoIndexedSessionRepository;
import org.mongodb.spring.session.MongoSession;
import org.mongodb.spring.session.config.annotation.web.http.EnableMongoHttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.config.SessionRepositoryCustomizer;

/**
 * Where people's sessions live — and with them their sign-in and their tokens ({@link SignInConfiguration}):
 * {@code kizuna.web.sessions} ({@code KIZUNA_WEB_SESSIONS}) is {@code memory} for one instance (the default, as
 * {@code make run} has it; a restart signs everyone out) or {@code mongodb} when several instances serve the pages
 * (the chart sets it as soon as the web runs more than one pod): any instance then finds any session in the
 * collection {@code sessions} of the database {@code spring.mongodb.database} ({@code kizuna_web}) at
 * {@code spring.mongodb.uri}, and a session survives a restart.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    static final String MEMORY = "memory";
    static final String MONGODB = "mongodb";

    SessionStore(@Value("${kizuna.web.sessions:memory}") String store) {
        if (!MEMORY.equals(store) && !MONGODB.equals(store)) {
            throw new IllegalStateException("kizuna.web.sessions (KIZUNA_WEB_SESSIONS) is '" + store
                    + "': say memory (one instance) or mongodb (several)");
        }
    }

    /**
     * Sessions in MongoDB (Spring Session, maintained by MongoDB), written with Java serialization: everything a
     * session holds (the security context, the authorized client with its tokens, a saved request, the CSRF token,
     * flash attributes) is {@link java.io.Serializable}. A session that cannot be read back (written by a version
     * whose classes have changed since) counts as no session: the person signs in again rather than meeting an
     * error page until it expires.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kizuna.web.sessions", havingValue = MONGODB)
    @EnableMongoHttpSession
    static class InMongoDb {

        private static final Logger log = LoggerFactory.getLogger(InMongoDb.class);

        @Bean(destroyMethod = "close")
        MongoClient sessionStoreClient(@Value("${spring.mongodb.uri:}") String uri) {
            if (uri.isBlank()) {
                throw new IllegalStateException("sessions in MongoDB need spring.mongodb.uri (SPRING_MONGODB_URI; the chart "
                        + "mounts it from the MongoDB Secret)");
            }
            return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                    .applicationName("kizuna-web").build());
        }

        @Bean
        MongoTemplate sessionStoreTemplate(MongoClient client, @Value("${spring.mongodb.uri}") String uri,
                                           @Value("${spring.mongodb.database:}") String database) {
            String named = new ConnectionString(uri).getDatabase();
            return new MongoTemplate(client, !database.isBlank() ? database : named != null ? named : "kizuna_web");
        }

        @Bean
        JdkMongoSessionConverter sessionConverter(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
            return new JdkMongoSessionConverter(new SerializingConverter(),
                    new DeserializingConverter(InMongoDb.class.getClassLoader()), timeout) {
                @Override
                protected MongoSession convert(Document stored) {
                    try {
                        return super.convert(stored);
                    } catch (SerializationFailedException unreadable) {
                        log.warn("session {} cannot be read back (it was written by another version?); it counts as none",
                                stored.get("_id"), unreadable);
                        return null;
                    }
                }
            };
        }

        /** The same timeout as sessions in memory: {@code server.servlet.session.timeout}. */
        @Bean
        SessionRepositoryCustomizer<MongoIndexedSessionRepository> sessionTimeout(
                @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
            return repository -> repository.setDefaultMaxInactiveInterval(timeout);
        }
    }
}
