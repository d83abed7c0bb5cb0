package fr.portailfamilles.registration.registration;

import fr.portailfamilles.platform.outbox.OutboxRelay;
import fr.portailfamilles.platform.security.CurrentUser;
import fr.portailfamilles.registration.family.domain.FamilyErased;
import fr.portailfamilles.registration.registration.domain.Registration;
import fr.portailfamilles.registration.support.Retrying;
import fr.portailfamilles.registration.support.TownTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** A parent withdraws a request or ends a registration; an erased family's registrations close too. */
@Service
public class CancellingRegistration {

    private final Registrations registrations;
    private final RegistrationEvents events;
    private final OutboxRelay relay;
    private final TownTime time;

    CancellingRegistration(Registrations registrations, RegistrationEvents events, OutboxRelay relay, TownTime time) {
        this.registrations = registrations;
        this.events = events;
        this.relay = relay;
        this.time = time;
    }

    public Registration cancel(String registrationId, CurrentUser user) {
        Registration cancelled = Retrying.onConcurrentChange(() -> {
            Registration registration = registrations.get(registrationId);
            user.requireAccessTo(registration.familyId());
            registration.enqueue(events.of(registration.cancel(time.now(), user.isStaff() ? "Service" : "Famille")));
            return registrations.save(registration);
        });
        relay.wake();
        return cancelled;
    }

    @EventListener
    void on(FamilyErased erased) {
        for (Registration registration : registrations.ofFamily(erased.familyId())) {
            Retrying.onConcurrentChange(() -> {
                Registration current = registrations.get(registration.id());
                current.forgetFamily(time.now()).ifPresent(cancelled -> current.enqueue(events.of(cancelled)));
                return registrations.save(current);
            });
        }
        relay.wake();
    }
}
