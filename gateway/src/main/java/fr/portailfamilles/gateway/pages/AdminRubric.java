package fr.portailfamilles.gateway.pages;

/** The rubrics of the back office used by the town-hall staff of the childhood and youth services. */
enum AdminRubric implements Rubric {

    SERVICES_DASHBOARD("/admin", "Tableau de bord des services", "admin/tableau-de-bord"),
    FAMILIES("/admin/familles", "Familles", "admin/familles"),
    REGISTRATION_REQUESTS("/admin/inscriptions", "Demandes d’inscription", "admin/inscriptions"),
    CHANGE_REQUESTS("/admin/modifications", "Demandes de modification", "admin/modifications"),
    RESERVATIONS_AND_ATTENDANCE("/admin/reservations", "Réservations et pointage", "admin/reservations"),
    BILLING("/admin/facturation", "Facturation", "admin/facturation"),
    ACTIVITY_CATALOGUE("/admin/activites", "Catalogue des activités", "admin/activites");

    private final String path;
    private final String label;
    private final String view;

    AdminRubric(String path, String label, String view) {
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
