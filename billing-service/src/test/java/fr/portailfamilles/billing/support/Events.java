package fr.portailfamilles.billing.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The JSON billing reads from the other services, kept in {@code src/test/resources/events}, filled in. */
public final class Events {

    private Events() {
    }

    public static String json(String name, Map<String, Object> values) {
        String json = template(name);
        for (Map.Entry<String, Object> value : values.entrySet()) {
            json = json.replace("{{" + value.getKey() + "}}", String.valueOf(value.getValue()));
        }
        if (json.contains("{{")) {
            throw new IllegalArgumentException("Unfilled placeholder in " + name + ": " + json);
        }
        return json.strip();
    }

    public static String template(String name) {
        try (InputStream in = Events.class.getResourceAsStream("/events/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No event sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
