package fr.portailfamilles.family.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a JSON document against the subset of JSON Schema the portal's contracts use (type,
 * required, properties, additionalProperties, format date / date-time / email, pattern,
 * minimum, maximum, minLength, const), without a validator library.
 */
public final class JsonSchemaCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSchemaCheck() {
    }

    /** A schema of the contracts module's classpath, e.g. {@code contracts/schemas/family.family.v1/…}. */
    public static Optional<JsonNode> onClasspath(String path) {
        try (InputStream in = JsonSchemaCheck.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> violations(JsonNode schema, String json) {
        List<String> found = new ArrayList<>();
        check(schema, JSON.readTree(json), "$", found);
        return found;
    }

    private static void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        if (schema.has("const") && !schema.get("const").equals(value)) {
            found.add(at + ": must be " + schema.get("const"));
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            found.add(at + ": " + value.getNodeType() + " is not of type " + schema.get("type"));
            return;
        }
        if (value.isObject()) {
            checkObject(schema, value, at, found);
        } else if (value.isString()) {
            checkString(schema, value.asString(), at, found);
        } else if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                found.add(at + ": below minimum");
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                found.add(at + ": above maximum");
            }
        }
    }

    private static void checkObject(JsonNode schema, JsonNode value, String at, List<String> found) {
        schema.path("required").forEach(name -> {
            if (!value.has(name.asString())) {
                found.add(at + ": required property " + name.asString() + " is missing");
            }
        });
        JsonNode properties = schema.path("properties");
        for (String name : value.propertyNames()) {
            if (properties.has(name)) {
                check(properties.get(name), value.get(name), at + "." + name, found);
            } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                found.add(at + ": property " + name + " is not in the contract");
            }
        }
    }

    private static void checkString(JsonNode schema, String text, String at, List<String> found) {
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            found.add(at + ": shorter than " + schema.get("minLength").asInt());
        }
        if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
            found.add(at + ": does not match " + schema.get("pattern").asString());
        }
        String format = schema.path("format").asString("");
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "email" -> {
                    if (!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                        found.add(at + ": not an e-mail address");
                    }
                }
                default -> {
                }
            }
        } catch (RuntimeException notInFormat) {
            found.add(at + ": not a " + format + ": " + text);
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asString()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
