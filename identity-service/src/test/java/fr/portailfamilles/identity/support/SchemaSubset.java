package fr.portailfamilles.identity.support;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON document against the part of JSON Schema the contracts use: {@code type},
 * {@code required}, {@code properties}, {@code additionalProperties: false}, and the formats
 * {@code date-time} and {@code email}. Enough for flat event payloads, without a validator library.
 */
public final class SchemaSubset {

    private SchemaSubset() {
    }

    public static List<String> violations(JsonNode schema, JsonNode instance) {
        List<String> found = new ArrayList<>();
        for (JsonNode required : schema.path("required")) {
            if (!instance.has(required.asString())) {
                found.add("missing required " + required.asString());
            }
        }
        JsonNode properties = schema.path("properties");
        for (String name : instance.propertyNames()) {
            if (!properties.has(name)) {
                JsonNode additional = schema.path("additionalProperties");
                if (additional.isBoolean() && !additional.asBoolean()) {
                    found.add("unexpected property " + name);
                }
                continue;
            }
            found.addAll(check(name, properties.get(name), instance.get(name)));
        }
        return found;
    }

    /** The JSON types a property schema allows; for an {@code enum} without {@code type}, those of its values. */
    public static Set<String> typesOf(JsonNode propertySchema) {
        JsonNode type = propertySchema.path("type");
        if (type.isMissingNode() && propertySchema.path("enum").isArray()) {
            return StreamSupport.stream(propertySchema.path("enum").spliterator(), false)
                    .map(SchemaSubset::jsonTypeOf).collect(Collectors.toSet());
        }
        return type.isArray() ? StreamSupport.stream(type.spliterator(), false).map(JsonNode::asString)
                .collect(Collectors.toSet()) : Set.of(type.asString());
    }

    private static String jsonTypeOf(JsonNode value) {
        return value.isNull() ? "null" : value.isString() ? "string" : value.isNumber() ? "number"
                : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
    }

    private static List<String> check(String name, JsonNode schema, JsonNode value) {
        String actual = jsonTypeOf(value);
        if (!typesOf(schema).contains(actual)) {
            return List.of(name + " is " + actual + ", expected " + typesOf(schema));
        }
        if (value.isString() && "date-time".equals(schema.path("format").asString(""))) {
            try {
                Instant.parse(value.asString());
            } catch (DateTimeParseException e) {
                return List.of(name + " is not a date-time: " + value.asString());
            }
        }
        if (value.isString() && "email".equals(schema.path("format").asString("")) && !value.asString().contains("@")) {
            return List.of(name + " is not an e-mail: " + value.asString());
        }
        return List.of();
    }
}
