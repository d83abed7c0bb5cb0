package fr.portailfamilles.family.file;

import fr.portailfamilles.family.file.domain.Families;
import fr.portailfamilles.family.file.domain.Family;
import fr.portailfamilles.family.file.domain.FamilyProblems;
import fr.portailfamilles.platform.outbox.OutboxRelay;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies a change to one family and saves it, with the events it caused, in one write; tries
 * again on a fresh copy when the family changed in between (another request, the relay); then
 * wakes the relay so that the events leave at once. A refused change writes nothing.
 */
@Component
public class FamilyChanges {

    private static final int ATTEMPTS = 5;

    private final Families families;
    private final FamilyIntegrationEvents integrationEvents;
    private final ObjectProvider<OutboxRelay> relay;

    FamilyChanges(Families families, FamilyIntegrationEvents integrationEvents, ObjectProvider<OutboxRelay> relay) {
        this.families = families;
        this.integrationEvents = integrationEvents;
        this.relay = relay;
    }

    public <R> R apply(String familyId, Function<Family, R> change) {
        for (int attempt = 1; ; attempt++) {
            Family family = families.findById(familyId).orElseThrow(FamilyProblems::familyNotFound);
            R result = change.apply(family);
            integrationEvents.queue(family);
            try {
                families.save(family);
                relay.ifAvailable(OutboxRelay::wake);
                return result;
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    /** Writes a new family with the events of its creation. */
    public Family create(Family family) {
        integrationEvents.queue(family);
        families.insert(family);
        relay.ifAvailable(OutboxRelay::wake);
        return family;
    }
}
