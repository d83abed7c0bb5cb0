package fr.portailfamilles.registration.registration;

import fr.portailfamilles.registration.family.KnownFamilies;
import fr.portailfamilles.registration.family.domain.KnownChild;
import fr.portailfamilles.registration.registration.domain.Registration;
import fr.portailfamilles.registration.registration.domain.RegistrationState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * « Mes inscriptions »: per child of the family, the pending requests, the current registrations
 * and the closed ones.
 */
@Service
class MyRegistrations {

    private final KnownFamilies families;
    private final Registrations registrations;

    MyRegistrations(KnownFamilies families, Registrations registrations) {
        this.families = families;
        this.registrations = registrations;
    }

    View of(String familyId) {
        Map<String, ChildView> children = new LinkedHashMap<>();
        for (KnownChild child : families.childrenOf(familyId)) {
            children.put(child.childId(), new ChildView(child.childId(), child.firstName(), child.lastName(),
                    child.birthDate(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        for (Registration registration : registrations.ofFamily(familyId)) {
            ChildView child = children.computeIfAbsent(registration.child().childId(), id -> new ChildView(id,
                    registration.child().firstName(), registration.child().lastName(), null, new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>()));
            child.listFor(registration.state()).add(RegistrationView.forParent(registration));
        }
        return new View(familyId, families.fileOf(familyId).isComplete(), List.copyOf(children.values()));
    }

    /** {@code fileComplete}: whether the family may send requests at all. */
    record View(String familyId, boolean fileComplete, List<ChildView> children) {
    }

    record ChildView(String childId, String firstName, String lastName, LocalDate birthDate,
            List<RegistrationView> pending, List<RegistrationView> current, List<RegistrationView> closed) {

        List<RegistrationView> listFor(RegistrationState state) {
            return switch (state) {
                case ENVOYEE -> pending;
                case VALIDEE -> current;
                case REFUSEE, ANNULEE -> closed;
            };
        }
    }
}
