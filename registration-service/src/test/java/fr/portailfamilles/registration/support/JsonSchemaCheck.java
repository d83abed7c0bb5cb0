package fr.portailfamilles.registration.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON Schema check, enough for the event contracts: {@code type} (one or several,
 * {@code null} included), {@code required}, {@code properties}, {@code additionalProperties: false},
 * {@code items}, {@code enum}, {@code const}, {@code pattern}, {@code minLength}, {@code maxLength},
 * {@code minimum}, local {@code $ref}s and the formats {@code date} and {@code date-time}. It lists
 * every violation with its path.
 */
public final class JsonSchemaCheck {

    /** The contracts module, next to this one: the files producers own. */
    public static final Path CONTRACTS = Path.of(System.getProperty("contracts.dir", "../contracts"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode root;
    private final List<String> found = new ArrayList<>();

    private JsonSchemaCheck(JsonNode root) {
        this.root = root;
    }

    public static Path schemaOf(String topic, String type) {
        return CONTRACTS.resolve("schemas").resolve(topic).resolve(type + ".schema.json");
    }

    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    public static JsonNode toJson(Object value) {
        return JSON.valueToTree(value);
    }

    public static List<String> violations(JsonNode schema, JsonNode value) {
        JsonSchemaCheck check = new JsonSchemaCheck(schema);
        check.check(schema, value, "$");
        return check.found;
    }

    private void check(JsonNode schema, JsonNode value, String path) {
        if (schema.has("$ref") && schema.get("$ref").asString().startsWith("#/")) {
            check(root.at(schema.get("$ref").asString().substring(1)), value, path);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            found.add(path + ": expected " + schema.get("type") + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            found.add(path + ": expected " + schema.get("const"));
        }
        if (schema.has("enum") && schema.get("enum").valueStream().noneMatch(value::equals)) {
            found.add(path + ": " + value + " not in " + schema.get("enum"));
        }
        if (value.isString()) {
            checkText(schema, value.asString(), path);
        }
        if (value.isNumber() && schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            found.add(path + ": below " + schema.get("minimum"));
        }
        if (value.isObject()) {
            checkObject(schema, value, path);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path) {
        if (schema.has("required")) {
            schema.get("required").valueStream().map(JsonNode::asString).filter(name -> !value.has(name))
                    .forEach(name -> found.add(path + "." + name + ": required"));
        }
        JsonNode properties = schema.get("properties");
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (properties != null && properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey());
            } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isBoolean()
                    && !schema.get("additionalProperties").asBoolean()) {
                found.add(path + "." + field.getKey() + ": not allowed");
            }
        }
    }

    private void checkText(JsonNode schema, String text, String path) {
        if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
            found.add(path + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
            found.add(path + ": longer than " + schema.get("maxLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
            found.add(path + ": " + text + " does not match " + schema.get("pattern"));
        }
        String format = schema.has("format") ? schema.get("format").asString() : "";
        try {
            if (format.equals("date")) {
                LocalDate.parse(text);
            } else if (format.equals("date-time")) {
                Instant.parse(text);
            }
        } catch (DateTimeParseException notThatFormat) {
            found.add(path + ": " + text + " is not a " + format);
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            return type.valueStream().anyMatch(one -> typeMatches(one, value));
        }
        return switch (type.asString()) {
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
