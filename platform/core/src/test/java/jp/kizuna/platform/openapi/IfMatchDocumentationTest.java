package jp.kizuna.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.OptionalIfMatch;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * A handler's {@link IfMatch} parameter is documented as the If-Match header a client sends, required unless
 * the handler is marked {@link OptionalIfMatch}, in every shape springdoc hands it over.
 */
class IfMatchDocumentationTest {

    @Test
    void theParameterSpringdocTakesForAQueryParameterBecomesTheHeader() throws NoSuchMethodException {
        Parameter guessed = new Parameter().name("ifMatch").in("query").required(true).schema(new StringSchema());

        Parameter documented = new IfMatchParameterCustomizer().customize(guessed,
                new MethodParameter(Handlers.class.getDeclaredMethod("rename", String.class, IfMatch.class), 1));

        assertThat(documented.getName()).isEqualTo("If-Match");
        assertThat(documented.getIn()).isEqualTo("header");
        assertThat(documented.getSchema().getType()).isEqualTo("string");
        assertThat(documented.getSchema().getMaxLength()).as("no URL parameter limit").isNull();
    }

    @Test
    void otherParametersAreLeftAlone() throws NoSuchMethodException {
        Parameter id = new Parameter().name("id").in("path").schema(new StringSchema());

        Parameter documented = new IfMatchParameterCustomizer().customize(id,
                new MethodParameter(Handlers.class.getDeclaredMethod("rename", String.class, IfMatch.class), 0));

        assertThat(documented.getName()).isEqualTo("id");
        assertThat(documented.getIn()).isEqualTo("path");
    }

    @Test
    void theHeaderIsRequiredAndDescribedOnceWhereTheCustomizerMadeIt() throws NoSuchMethodException {
        Operation operation = new Operation().parameters(new ArrayList<>(List.of(
                new Parameter().name("id").in("path").schema(new StringSchema()),
                new Parameter().name("If-Match").in("header").schema(new StringSchema()))));

        new OperationConventions().customize(operation, handler("rename"));

        assertThat(operation.getParameters()).extracting(Parameter::getName).containsExactly("id", "If-Match");
        Parameter ifMatch = operation.getParameters().get(1);
        assertThat(ifMatch.getRequired()).isTrue();
        assertThat(ifMatch.getDescription()).contains("428");
    }

    @Test
    void theHeaderIsAddedLastWhereSpringdocTookTheParameterForPartOfADeclaredBody() throws NoSuchMethodException {
        Operation operation = new Operation().parameters(new ArrayList<>(List.of(
                new Parameter().name("id").in("path").schema(new StringSchema()))));

        new OperationConventions().customize(operation, handler("rename"));

        assertThat(operation.getParameters()).extracting(Parameter::getName).containsExactly("id", "If-Match");
        Parameter ifMatch = operation.getParameters().get(1);
        assertThat(ifMatch.getIn()).isEqualTo("header");
        assertThat(ifMatch.getRequired()).isTrue();
        assertThat(ifMatch.getSchema().getType()).isEqualTo("string");
    }

    @Test
    void anOptionalIfMatchIsDocumentedAsOptional() throws NoSuchMethodException {
        Operation operation = new Operation();

        new OperationConventions().customize(operation, handler("record"));

        assertThat(operation.getParameters()).singleElement().satisfies(ifMatch -> {
            assertThat(ifMatch.getName()).isEqualTo("If-Match");
            assertThat(ifMatch.getRequired()).isFalse();
        });
    }

    @Test
    void aHandlerWithoutIfMatchGetsNoHeader() throws NoSuchMethodException {
        Operation operation = new Operation();

        new OperationConventions().customize(operation,
                new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod("read", String.class)));

        assertThat(operation.getParameters()).isNull();
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name, String.class, IfMatch.class));
    }

    @SuppressWarnings("unused")
    static final class Handlers {
        @PutMapping("/api/things/{id}/name")
        void rename(@PathVariable String id, IfMatch ifMatch) {
        }

        @OptionalIfMatch
        @PutMapping("/api/things/{id}")
        void record(@PathVariable String id, IfMatch ifMatch) {
        }

        @PutMapping("/api/things/{id}/seen")
        void read(@PathVariable String id) {
        }
    }
}
