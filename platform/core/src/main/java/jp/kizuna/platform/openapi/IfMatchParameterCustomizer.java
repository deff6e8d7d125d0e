package jp.kizuna.platform.openapi;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jp.kizuna.platform.web.IfMatch;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * Documents a handler's {@link IfMatch} parameter as what the client sends: the {@code If-Match} header, a
 * string, in the place the handler declares it. Springdoc takes an unannotated parameter for a query
 * parameter; this turns it into the header before the other parameter customizers run (so that no URL
 * parameter limit is put on it). Where {@code @Operation} declares the request body itself springdoc takes the
 * parameter for part of the body and builds none: {@link OperationConventions} adds the header there. Whether
 * it is required, and its description, {@link OperationConventions} says as for every {@code If-Match}.
 */
public class IfMatchParameterCustomizer implements ParameterCustomizer, Ordered {

    static {
        // the header is a string to a client: no schema of the record in the components
        SpringDocUtils.getConfig().replaceWithSchema(IfMatch.class, new StringSchema());
    }

    @Override
    public Parameter customize(Parameter parameter, MethodParameter methodParameter) {
        if (parameter == null || methodParameter.getParameterType() != IfMatch.class) {
            return parameter;
        }
        parameter.setName(HttpHeaders.IF_MATCH);
        parameter.setIn("header");
        parameter.setSchema(new StringSchema());
        return parameter;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
