package fr.portailfamilles.registration.catalogue.domain;

/**
 * What can be reserved on a day: a care session (matin, soir…), an extra (repas…) or the whole
 * day, each on its row of the grid.
 */
public record Unit(String code, UnitRow row, String label) {

    public Unit {
        Rules.code(code, "unite-invalide", "Le code de l'unité");
        Rules.required(row, "unite-invalide", "La ligne de la grille de l'unité");
        label = Rules.text(label, 60, "unite-invalide", "Le libellé de l'unité");
    }
}
