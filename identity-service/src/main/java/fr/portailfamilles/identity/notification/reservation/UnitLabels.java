package fr.portailfamilles.identity.notification.reservation;

import java.util.Map;

/**
 * The words a parent knows for the grid's unit codes; the events carry only the code, and an
 * unknown code is shown as it is, its dashes as spaces.
 */
final class UnitLabels {

    private static final Map<String, String> KNOWN = Map.of("matin", "matin", "soir", "soir", "midi", "midi",
            "apres-midi", "après-midi", "repas", "repas", "journee", "journée");

    private UnitLabels() {
    }

    static String of(String code) {
        return KNOWN.getOrDefault(code, code.replace('-', ' '));
    }
}
