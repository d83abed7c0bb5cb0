package fr.portailfamilles.registration.registration;

import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.problem.DomainProblem;
import fr.portailfamilles.registration.catalogue.Activities;
import fr.portailfamilles.registration.catalogue.domain.Activity;
import fr.portailfamilles.registration.family.KnownFamilies;
import fr.portailfamilles.registration.family.domain.KnownChild;
import fr.portailfamilles.registration.registration.domain.Registration;
import fr.portailfamilles.registration.registration.domain.RegistrationRules;
import fr.portailfamilles.registration.registration.domain.RegistrationState;
import fr.portailfamilles.registration.support.Retrying;
import fr.portailfamilles.registration.support.TownTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Staff approve or refuse a request, once; an activity may approve on its own when nothing needs a look. */
@Service
public class DecidingRegistration {

    private static final Logger log = LoggerFactory.getLogger(DecidingRegistration.class);

    private final Registrations registrations;
    private final Activities activities;
    private final KnownFamilies families;
    private final RegistrationEvents events;
    private final OutboxRelay relay;
    private final TownTime time;

    DecidingRegistration(Registrations registrations, Activities activities, KnownFamilies families,
            RegistrationEvents events, OutboxRelay relay, TownTime time) {
        this.registrations = registrations;
        this.activities = activities;
        this.families = families;
        this.events = events;
        this.relay = relay;
        this.time = time;
    }

    public Registration approve(String registrationId, String staffName) {
        return decide(registrationId, registration -> registration.enqueue(events.of(
                registration.approve(time.now(), time.today(), staffName, false))));
    }

    public Registration refuse(String registrationId, String reason, String staffName) {
        return decide(registrationId, registration -> registration.enqueue(events.of(
                registration.refuse(reason, time.now(), staffName))));
    }

    /**
     * Approves a request the moment it is sent when its activity approves automatically and the
     * rules still hold (complete file, age); otherwise it stays in the staff's queue. Safe to run
     * twice: a decided request is left as it is.
     */
    public void approveAutomatically(String registrationId) {
        Retrying.onConcurrentChange(() -> {
            Optional<Registration> pending = registrations.find(registrationId)
                    .filter(registration -> registration.state() == RegistrationState.ENVOYEE)
                    .filter(this::qualifiesForAutomaticApproval);
            pending.ifPresent(registration -> {
                registration.enqueue(events.of(registration.approve(time.now(), time.today(), null, true)));
                registrations.save(registration);
                relay.wake();
                log.info("Registration {} approved automatically", registrationId);
            });
            return pending;
        });
    }

    private boolean qualifiesForAutomaticApproval(Registration registration) {
        Optional<Activity> activity = activities.find(registration.activity().activityId());
        Optional<KnownChild> child = families.child(registration.child().childId());
        if (activity.isEmpty() || !activity.get().autoApprove() || child.isEmpty()) {
            return false;
        }
        try {
            RegistrationRules.requireCompleteFile(families.fileOf(registration.familyId()));
            RegistrationRules.requireAge(activity.get(), child.get());
            return true;
        } catch (DomainProblem stillNeedsStaff) {
            log.info("Registration {} left to staff: {}", registration.id(), stillNeedsStaff.code());
            return false;
        }
    }

    private Registration decide(String registrationId, Consumer<Registration> decision) {
        Registration decided = Retrying.onConcurrentChange(() -> {
            Registration registration = registrations.get(registrationId);
            decision.accept(registration);
            return registrations.save(registration);
        });
        relay.wake();
        return decided;
    }
}
