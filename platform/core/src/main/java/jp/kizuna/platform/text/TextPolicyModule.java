package jp.kizuna.platform.text;

import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Puts every string Jackson reads through {@link TextPolicy}: the request bodies of every service
 * and the seed datasets. A string breaking the policy fails the read with an
 * {@link InvalidFormatException} whose message says what is wrong, so the client gets a 400 naming
 * the field. A field marked {@link MultiLineText} may carry line breaks.
 *
 * <p>Dates, times and durations written as strings pass the same policy, and must carry no spaces
 * around them: Jackson's {@code java.time} readers trim what they read, control characters included,
 * so {@code "2024-06-21\u0000"} would otherwise be read as the 21st of June.
 */
public class TextPolicyModule extends SimpleModule {

    public TextPolicyModule() {
        super("kizuna-text-policy");
        addDeserializer(String.class, new PolicyStringDeserializer(TextPolicy.Lines.SINGLE));
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier type,
                                                           ValueDeserializer<?> deserializer) {
                return isTime(type.getBeanClass()) ? new TimeAsWrittenDeserializer(deserializer) : deserializer;
            }
        });
    }

    private static boolean isTime(Class<?> type) {
        return TemporalAccessor.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
                || ZoneId.class.isAssignableFrom(type);
    }

    /** Reads a date, time or duration from a string only as written: in the text policy, nothing around it. */
    static final class TimeAsWrittenDeserializer extends DelegatingDeserializer {

        TimeAsWrittenDeserializer(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TimeAsWrittenDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getString();
                var problem = TextPolicy.problem(text, TextPolicy.Lines.SINGLE)
                        .or(() -> text.strip().equals(text) ? Optional.empty()
                                : Optional.of("must not have spaces around it"));
                if (problem.isPresent() && !text.isEmpty()) {
                    throw InvalidFormatException.from(parser, problem.get(), text, handledType());
                }
            }
            return super.deserialize(parser, context);
        }
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
