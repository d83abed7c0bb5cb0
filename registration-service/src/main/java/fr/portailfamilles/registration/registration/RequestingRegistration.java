package fr.portailfamilles.registration.registration;

import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.catalogue.Activities;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.family.KnownFamilies;
import fr.portailfamilles.registration.family.domain.KnownChild;
import fr.portailfamilles.registration.registration.domain.ActivitySnapshot;
import fr.portailfamilles.registration.registration.domain.ChildSnapshot;
import fr.portailfamilles.registration.registration.domain.Registration;
import fr.portailfamilles.registration.registration.domain.RegistrationRules;
import fr.portailfamilles.registration.support.TownTime;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A parent asks to register their child to an activity. The request is recorded as sent, with its
 * event, in one write; the decision comes later (staff, or the activity's automatic approval).
 */
@Service
public class RequestingRegistration {

    private final Registrations registrations;
    private final Activities activities;
    private final KnownFamilies families;
    private final RegistrationEvents events;
    private final OutboxRelay relay;
    private final TownTime time;

    RequestingRegistration(Registrations registrations, Activities activities, KnownFamilies families,
            RegistrationEvents events, OutboxRelay relay, TownTime time) {
        this.registrations = registrations;
        this.activities = activities;
        this.families = families;
        this.events = events;
        this.relay = relay;
        this.time = time;
    }

    public Registration request(String familyId, String childId, String activityId) {
        KnownChild child = families.child(childId).filter(known -> known.belongsTo(familyId))
                .orElseThrow(() -> DomainProblem.notFound("enfant-introuvable", "Cet enfant est introuvable."));
        Activity activity = activities.get(activityId);
        new RegistrationRules(time.today()).check(activity, child, families.fileOf(familyId),
                registrations.ofChild(childId));
        Registration registration = Registration.request(UUID.randomUUID().toString(), familyId,
                new ChildSnapshot(child.childId(), child.firstName(), child.lastName(), child.birthDate()),
                new ActivitySnapshot(activity.id(), activity.name(), activity.season().id(),
                        activity.season().start(), activity.season().end()),
                time.now());
        registration.enqueue(events.of(registration.requested()));
        try {
            registrations.insert(registration);
        } catch (DuplicateKeyException sameRequestMeanwhile) {
            throw DomainProblem.conflict("inscription-en-double", "Une demande d'inscription de " + child.firstName()
                    + " à « " + activity.name() + " » vient déjà d'être envoyée.");
        }
        relay.wake();
        return registration;
    }
}
