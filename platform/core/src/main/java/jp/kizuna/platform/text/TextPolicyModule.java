package jp.kizuna.platform.text;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Puts every string Jackson reads through {@link TextPolicy}: the request bodies of every service
 * and the seed datasets. A string breaking the policy fails the read with an
 * {@link InvalidFormatException} whose message says what is wrong, so the client gets a 400 naming
 * the field. A field marked {@link MultiLineText} may carry line breaks.
 */
public class TextPolicyModule extends SimpleModule {

    public TextPolicyModule() {
        super("kizuna-text-policy");
        addDeserializer(String.class, new PolicyStringDeserializer(TextPolicy.Lines.SINGLE));
    }

    static final class PolicyStringDeserializer extends ValueDeserializer<String> {

        private final TextPolicy.Lines lines;

        PolicyStringDeserializer(TextPolicy.Lines lines) {
            this.lines = lines;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multiLine = property != null && property.getAnnotation(MultiLineText.class) != null;
            TextPolicy.Lines wanted = multiLine ? TextPolicy.Lines.MULTI : TextPolicy.Lines.SINGLE;
            return wanted == lines ? this : new PolicyStringDeserializer(wanted);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            String normalized = TextPolicy.normalize(text, lines);
            var problem = TextPolicy.problem(normalized, lines);
            if (problem.isPresent()) {
                throw InvalidFormatException.from(parser, problem.get(), text, String.class);
            }
            return normalized;
        }

        @Override
        public String getNullValue(DeserializationContext context) {
            return null;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
