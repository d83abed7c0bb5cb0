package fr.portailfamilles.registration.registration;

/** Registration ids are UUIDs; the path pattern keeps other words under /api/registrations free. */
final class RegistrationIds {

    static final String PATH = "/{id:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}";

    private RegistrationIds() {
    }
}
