package fr.portailfamilles.reservation.attendance;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the family service told of one child's care: whether its file records a PAI, an allergy,
 * a diet. Booleans only; the health notes stay in the family service.
 *
 * @param id        the child id
 * @param changedAt when the family service recorded these flags; an older report never wins
 */
@Document(CareFlagsDocument.COLLECTION)
record CareFlagsDocument(@Id String id, String familyId, boolean pai, boolean allergy, boolean diet,
        Instant changedAt, List<String> appliedEvents) {

    static final String COLLECTION = "care_flags";
    /** The families erased: their flags are forgotten and a late report of them is ignored. */
    static final String ERASED = "care_flags_erased_families";
}
