package fr.portailfamilles.reservation.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The producers' JSON Schemas under {@code contracts/schemas/}: read from the source tree when
 * the module is built in it (the truth of this commit), else from the contracts jar.
 */
public final class Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Schemas() {
    }

    /** @param relativePath e.g. {@code registration.activity.v1/fr.portailfamilles.registration.activity-published.v1} */
    public static Optional<String> text(String relativePath) {
        String file = "schemas/" + relativePath + ".schema.json";
        Path source = Path.of("..", "contracts").resolve(file);
        try {
            if (Files.exists(source)) {
                return Optional.of(Files.readString(source));
            }
            try (InputStream in = Schemas.class.getResourceAsStream("/contracts/" + file)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of {@code json} against the schema, as readable messages; empty when it follows it. */
    public static List<String> violations(String schema, String json) {
        Schema compiled = REGISTRY.getSchema(schema, InputFormat.JSON);
        return compiled.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
