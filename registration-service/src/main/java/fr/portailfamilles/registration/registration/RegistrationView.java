package fr.portailfamilles.registration.registration;

import fr.portailfamilles.registration.catalogue.domain.AgeRange;
import fr.portailfamilles.registration.registration.domain.Registration;
import fr.portailfamilles.registration.registration.domain.RegistrationState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration as parents and staff read it. {@code reservationsUrl} leads an approved
 * registration to its grid; {@code decidedBy} is shown to staff only.
 */
record RegistrationView(String id, String familyId, String childId, String childFirstName, String childLastName,
        Integer childAgeAtSeasonStart, String activityId, String activityName, String seasonId,
        LocalDate seasonStart, LocalDate seasonEnd, String state, String stateLabel, Instant requestedAt,
        Instant decidedAt, String decidedBy, boolean automatic, String refusalReason, Instant cancelledAt,
        String reservationsUrl) {

    static RegistrationView forParent(Registration registration) {
        return of(registration, null);
    }

    static RegistrationView forStaff(Registration registration) {
        return of(registration, registration.state() == RegistrationState.ANNULEE
                ? registration.cancelledBy() : registration.decidedBy());
    }

    private static RegistrationView of(Registration r, String decidedBy) {
        LocalDate birthDate = r.child().birthDate();
        return new RegistrationView(r.id(), r.familyId(), r.child().childId(), r.child().firstName(),
                r.child().lastName(), birthDate == null ? null : AgeRange.ageOn(birthDate, r.activity().seasonStart()),
                r.activity().activityId(), r.activity().name(), r.activity().seasonId(), r.activity().seasonStart(),
                r.activity().seasonEnd(), r.state().name(), r.state().label(), r.requestedAt(), r.decidedAt(),
                decidedBy, r.automatic(), r.refusalReason(), r.cancelledAt(),
                r.state() == RegistrationState.VALIDEE ? "/reservations?inscription=" + r.id() : null);
    }
}
