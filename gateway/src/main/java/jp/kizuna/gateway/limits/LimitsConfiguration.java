package jp.kizuna.gateway.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    @Bean
    RequestSizeLimitFilter requestSizeLimitFilter(@Value("${kizuna.edge.max-body-size:1MB}") DataSize limit, JsonMapper json) {
        return new RequestSizeLimitFilter(limit, json);
    }
}
