package fr.portailfamilles.family.file;

/** Path patterns of the API; a family id has its own shape, so that an unknown path is a plain 404. */
public final class FamilyPaths {

    /** {@code /{familyId}}, only for ids shaped like {@code fam-…}. */
    public static final String FAMILY = "/{familyId:fam-[a-z0-9-]+}";

    private FamilyPaths() {
    }
}
