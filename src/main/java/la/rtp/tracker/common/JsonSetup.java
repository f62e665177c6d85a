package la.rtp.tracker.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses text with NUL characters at the door: PostgreSQL cannot store them, and no legitimate
 * name, title or minutes contains one. Refuses duplicate keys too: which one wins is ambiguous,
 * and on a record with one property Jackson fails with an internal definition error (a 500).
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {

    static final String NUL_MESSAGE = "must not contain NUL characters";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("no-nul").addDeserializer(String.class, new NoNulStrings()));
    }

    static final class NoNulStrings extends StdScalarDeserializer<String> {
        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctx);
            if (s != null && s.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(p, NUL_MESSAGE, s, String.class);
            }
            return s;
        }
    }
}
