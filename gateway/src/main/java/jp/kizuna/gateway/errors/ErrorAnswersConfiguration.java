package jp.kizuna.gateway.errors;

import io.netty.channel.ChannelPipeline;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.handler.AbstractHandlerMapping;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem documents where Spring and Reactor Netty would answer an error with an empty body: on the
 * Netty channel ({@link NettyErrorAnswers}), for Spring Security's firewall
 * ({@link ProblemExchangeRejectedHandler}), for Spring's CORS check ({@link ProblemCorsProcessor} on
 * every handler mapping, Spring Cloud Gateway's routes included) and for any other status set
 * without a body ({@link UnwrittenErrorFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ErrorAnswersConfiguration {

    @Bean
    NettyServerCustomizer nettyErrorAnswers(JsonMapper json,
                                           @Value("${server.netty.max-initial-line-length:4KB}") DataSize maxInitialLine,
                                           @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders) {
        NettyErrorAnswers answers = new NettyErrorAnswers(json, maxInitialLine, maxHeaders);
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, "kizuna.errorAnswers", answers);
            }
        });
    }

    @Bean
    ProblemExchangeRejectedHandler problemExchangeRejectedHandler(JsonMapper json) {
        return new ProblemExchangeRejectedHandler(json);
    }

    @Bean
    UnwrittenErrorFilter unwrittenErrorFilter(JsonMapper json) {
        return new UnwrittenErrorFilter(json);
    }

    @Bean
    static BeanPostProcessor problemCorsProcessor() {
        ProblemCorsProcessor processor = new ProblemCorsProcessor();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractHandlerMapping mapping) {
                    mapping.setCorsProcessor(processor);
                }
                return bean;
            }
        };
    }
}
