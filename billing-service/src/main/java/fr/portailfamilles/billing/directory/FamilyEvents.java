package fr.portailfamilles.billing.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.portailfamilles.platform.messaging.InboundEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * The binding {@code projectFamily-in-0} on {@code family.family.v1} (key = family id): the
 * quotient, the children's names and birth dates, the payer's name, the erasure.
 */
@Configuration(proxyBeanMethods = false)
class FamilyEvents {

    static final String QUOTIENT_CHANGED = "fr.portailfamilles.family.quotient-changed.v1";
    static final String CHILD_UPDATED = "fr.portailfamilles.family.child-updated.v1";
    static final String FILE_COMPLETED = "fr.portailfamilles.family.file-completed.v1";
    static final String FAMILY_ERASED = "fr.portailfamilles.family.family-erased.v1";

    @Bean
    Consumer<Message<String>> projectFamily(Directory directory, JsonMapper json) {
        return message -> {
            InboundEvent event = InboundEvent.from(message);
            switch (event.type()) {
                case QUOTIENT_CHANGED -> {
                    QuotientChanged changed = event.payloadAs(json, QuotientChanged.class);
                    directory.quotientChanged(event.id(), required(changed.familyId()), changed.quotient(),
                            changed.proofDate());
                }
                case CHILD_UPDATED -> {
                    ChildUpdated child = event.payloadAs(json, ChildUpdated.class);
                    directory.childUpdated(event.id(), new ChildRecord(required(child.childId()),
                            required(child.familyId()), child.firstName(), child.lastName(), child.birthDate()));
                }
                case FILE_COMPLETED -> {
                    FileCompleted file = event.payloadAs(json, FileCompleted.class);
                    directory.fileCompleted(event.id(), required(file.familyId()), file.email(), file.firstName(),
                            file.lastName());
                }
                case FAMILY_ERASED -> directory.familyErased(required(event.payloadAs(json, FamilyErased.class)
                        .familyId()));
                default -> {
                    // contact changes and other family events do not concern billing
                }
            }
        };
    }

    private static String required(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A family event without its ids cannot be applied");
        }
        return id;
    }

    /** Billing's record of {@code fr.portailfamilles.family.quotient-changed.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuotientChanged(String familyId, Integer quotient, LocalDate proofDate, Instant changedAt) {
    }

    /** Billing's record of {@code fr.portailfamilles.family.child-updated.v1} (school fields unused). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChildUpdated(String familyId, String childId, String firstName, String lastName, LocalDate birthDate,
            Instant updatedAt) {
    }

    /** Billing's record of {@code fr.portailfamilles.family.file-completed.v1}: the payer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileCompleted(String familyId, String email, String firstName, String lastName, Instant completedAt) {
    }

    /** Billing's record of {@code fr.portailfamilles.family.family-erased.v1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FamilyErased(String familyId) {
    }
}
