package dev.learninglab.labs.gauntlet.model.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Writes {@link Instant} and {@link LocalDate} as their ISO text, so history files stay readable by
 * people and by other tools (without pulling in Jackson's java.time module).
 */
final class TimeAsText {
  private TimeAsText() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("gauntlet-time");
    add(m, Instant.class, Instant::parse);
    add(m, LocalDate.class, LocalDate::parse);
    return m;
  }

  private static <T> void add(SimpleModule m, Class<T> type, Function<String, T> parse) {
    m.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(value.toString());
          }
        });
    m.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return parse.apply(p.getValueAsString());
          }
        });
  }
}
