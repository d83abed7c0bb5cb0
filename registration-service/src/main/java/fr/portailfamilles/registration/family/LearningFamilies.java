package fr.portailfamilles.registration.family;

import fr.portailfamilles.platform.messaging.InboundEvent;
import fr.portailfamilles.registration.family.domain.FamilyErased;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the copy of family facts up to date from family-service's events, each applied once. */
@Service
class LearningFamilies {

    private static final Logger log = LoggerFactory.getLogger(LearningFamilies.class);

    private final KnownFamilies families;
    private final JsonMapper json;
    private final ApplicationEventPublisher applicationEvents;

    LearningFamilies(KnownFamilies families, JsonMapper json, ApplicationEventPublisher applicationEvents) {
        this.families = families;
        this.json = json;
        this.applicationEvents = applicationEvents;
    }

    void on(InboundEvent event) {
        switch (event.type()) {
            case FamilyEventsV1.FILE_COMPLETED -> fileCompleted(event);
            case FamilyEventsV1.CHILD_UPDATED -> childUpdated(event);
            case FamilyEventsV1.FAMILY_ERASED -> familyErased(event);
            default -> log.debug("Event {} of type {} is not one this service learns from", event.id(), event.type());
        }
    }

    private void fileCompleted(InboundEvent event) {
        FamilyEventsV1.FileCompleted completed = event.payloadAs(json, FamilyEventsV1.FileCompleted.class);
        Objects.requireNonNull(completed.familyId(), "familyId");
        if (!families.isErased(completed.familyId())) {
            families.completeFile(event.id(), completed);
        }
    }

    private void childUpdated(InboundEvent event) {
        FamilyEventsV1.ChildUpdated child = event.payloadAs(json, FamilyEventsV1.ChildUpdated.class);
        Objects.requireNonNull(child.familyId(), "familyId");
        Objects.requireNonNull(child.childId(), "childId");
        if (!families.isErased(child.familyId())) {
            families.updateChild(event.id(), child);
        }
    }

    /**
     * Always passes the erasure on, even when redelivered: closing the registrations is idempotent
     * and may have been cut short the first time.
     */
    private void familyErased(InboundEvent event) {
        FamilyEventsV1.FamilyErased erased = event.payloadAs(json, FamilyEventsV1.FamilyErased.class);
        Objects.requireNonNull(erased.familyId(), "familyId");
        families.erase(event.id(), erased.familyId(), erased.erasedAt());
        applicationEvents.publishEvent(new FamilyErased(erased.familyId(), erased.erasedAt()));
    }
}
