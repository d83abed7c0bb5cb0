package fr.portailfamilles.identity.oauth;

import java.util.Map;
import org.springframework.security.jackson.SecurityJacksonModules;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises the attributes, metadata and settings of the authorization server the way Spring's
 * JDBC stores do: JSON with type information, restricted to the classes Spring Security allows.
 */
final class SecurityJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper = JsonMapper.builder()
            .addModules(SecurityJacksonModules.getModules(SecurityJson.class.getClassLoader()))
            .build();

    String write(Map<String, Object> data) {
        return mapper.writeValueAsString(data);
    }

    Map<String, Object> read(String json) {
        return json == null ? Map.of() : mapper.readValue(json, MAP);
    }
}
