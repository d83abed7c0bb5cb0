package fr.portailfamilles.billing.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas of {@code contracts/} and a small validator of the keywords they use (type,
 * required, properties, additionalProperties, items, enum, const, pattern, minLength, minimum,
 * exclusiveMinimum, maximum, format date / date-time). Schemas are read from the source tree
 * first (the truth of this commit), else from the contracts jar on the test classpath.
 */
public final class JsonSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSchemas() {
    }

    public static Optional<JsonNode> schema(String relativePath) {
        Path source = Path.of("..", "contracts").resolve(relativePath);
        try {
            if (Files.exists(source)) {
                return Optional.of(JSON.readTree(Files.readString(source)));
            }
            try (InputStream in = JsonSchemas.class.getResourceAsStream("/contracts/" + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the violations, empty when {@code value} follows {@code schema} */
    public static List<String> violations(JsonNode schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schema, value, "$", found);
        return found;
    }

    public static List<String> violations(JsonNode schema, String json) {
        return violations(schema, JSON.readTree(json));
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> found) {
        if (schema.has("const") && !schema.get("const").equals(value)) {
            found.add(path + " is not " + schema.get("const"));
        }
        if (schema.has("enum") && StreamSupport.stream(schema.get("enum").spliterator(), false).noneMatch(value::equals)) {
            found.add(path + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            found.add(path + " is not of type " + schema.get("type") + ": " + value);
            return;
        }
        if (value.isObject()) {
            object(schema, value, path, found);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", found);
            }
        } else if (value.isString()) {
            string(schema, value.asString(), path, found);
        } else if (value.isNumber()) {
            number(schema, value, path, found);
        }
    }

    private static void object(JsonNode schema, JsonNode value, String path, List<String> found) {
        if (schema.has("required")) {
            schema.get("required").forEach(name -> {
                if (!value.has(name.asString())) {
                    found.add(path + "." + name.asString() + " is required");
                }
            });
        }
        JsonNode properties = schema.get("properties");
        for (String name : value.propertyNames()) {
            if (properties != null && properties.has(name)) {
                check(properties.get(name), value.get(name), path + "." + name, found);
            } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                found.add(path + "." + name + " is not allowed");
            }
        }
    }

    private static void string(JsonNode schema, String text, String path, List<String> found) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text)
                .find()) {
            found.add(path + " does not match " + schema.get("pattern").asString() + ": " + text);
        }
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            found.add(path + " is too short");
        }
        String format = schema.has("format") ? schema.get("format").asString() : "";
        try {
            if (format.equals("date")) {
                LocalDate.parse(text);
            } else if (format.equals("date-time")) {
                OffsetDateTime.parse(text);
            }
        } catch (RuntimeException e) {
            found.add(path + " is not a " + format + ": " + text);
        }
    }

    private static void number(JsonNode schema, JsonNode value, String path, List<String> found) {
        double number = value.asDouble();
        if (schema.has("minimum") && number < schema.get("minimum").asDouble()) {
            found.add(path + " is below " + schema.get("minimum"));
        }
        if (schema.has("maximum") && number > schema.get("maximum").asDouble()) {
            found.add(path + " is above " + schema.get("maximum"));
        }
        if (schema.has("exclusiveMinimum") && number <= schema.get("exclusiveMinimum").asDouble()) {
            found.add(path + " is not above " + schema.get("exclusiveMinimum"));
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            return StreamSupport.stream(type.spliterator(), false).anyMatch(t -> typeMatches(t, value));
        }
        return switch (type.asString()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }
}
