package fr.portailfamilles.gateway.pages;

/** The rubrics of the parents' portal, named as in the town's user note, in the order of its menu. */
enum ParentRubric implements Rubric {

    DASHBOARD("/", "Mon tableau de bord", "parent/tableau-de-bord"),
    FAMILY("/famille", "Ma famille", "parent/famille"),
    CONTACT_DETAILS("/coordonnees", "Mes coordonnées", "parent/coordonnees"),
    REGISTRATIONS("/inscriptions", "Mes inscriptions", "parent/inscriptions"),
    RESERVATIONS("/reservations", "Mes réservations", "parent/reservations"),
    INVOICES("/factures", "Mes factures", "parent/factures"),
    ACCOUNT("/compte", "Mon compte", "parent/compte");

    private final String path;
    private final String label;
    private final String view;

    ParentRubric(String path, String label, String view) {
        this.path = path;
        this.label = label;
        this.view = view;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String view() {
        return view;
    }
}
