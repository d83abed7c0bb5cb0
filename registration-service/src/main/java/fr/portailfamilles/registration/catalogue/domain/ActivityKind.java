package fr.portailfamilles.registration.catalogue.domain;

/** The families of activities the town runs; an activity the town adds later is {@link #AUTRE}. */
public enum ActivityKind {
    APS("Accueil périscolaire"),
    ALSH_MERCREDIS("Accueil de loisirs des mercredis"),
    ALSH_VACANCES("Accueil de loisirs des vacances scolaires"),
    JEUNESSE("Structure jeunesse"),
    AUTRE("Autre activité");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
