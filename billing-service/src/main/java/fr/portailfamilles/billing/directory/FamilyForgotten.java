package fr.portailfamilles.billing.directory;

/** Raised inside billing when family-service erased a family, so every feature drops what it must. */
public record FamilyForgotten(String familyId) {
}
